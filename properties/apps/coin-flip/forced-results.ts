import { flip } from "../../../simulator/apps/coin-flip/outcome.js";
import { bytesOfInt } from "../../../simulator/runtime/integer-bytes.js";
import type { Hex } from "../../../simulator/runtime/hex.js";

/**
 * RNG results the harness forces (platform.md §4) to reach rare outcomes: for each choice, inputs
 * that win, lose, and win the jackpot roll (jroll < 50, 1 in 200), found by search from 1.
 */
function find(pred: (x: Hex) => boolean): Hex {
  for (let i = 1n; ; i++) {
    const x = bytesOfInt(i * 7919n).padEnd(8, "0");
    if (pred(x)) return x;
  }
}

const table = (choice: boolean) => ({
  win: find((x) => flip(x, choice).won && flip(x, choice).jackpotRoll >= 50n),
  lose: find((x) => !flip(x, choice).won),
  jackpot: find((x) => flip(x, choice).won && flip(x, choice).jackpotRoll < 50n),
});

export const FORCED = { heads: table(true), tails: table(false) } as const;
export type ForcedKind = "win" | "lose" | "jackpot";

export const forcedResult = (choice: boolean, kind: ForcedKind): Hex => FORCED[choice ? "heads" : "tails"][kind];
