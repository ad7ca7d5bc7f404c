import fc from "fast-check";
import { hash160Item } from "../../../simulator/runtime/items.js";
import { hash160FromDisplay } from "../../../simulator/runtime/hash160.js";
import { accountDisplay, appGetter, intValue, type AppSequence } from "../app-sequence/app-sequence.js";
import { delayTo } from "./boundary-delay.js";

/**
 * When a paid game call's block comes (devpack.md DP-P4, README §5): a plain delay after T_last,
 * or a bet-limit boundary of the player, `last(p) + k × Cooldown + offset` with k = 1 (cooldown)
 * or 5 (the consecutive count restarts) and offset −1 (B − 1) or 0 (B). A boundary already past
 * falls back to 1 ms (README §5: never reported).
 */
export type BetDelay =
  | { readonly kind: "ms"; readonly ms: bigint }
  | { readonly kind: "cooldown"; readonly player: string; readonly factor: 1n | 5n; readonly offset: bigint };

/** The getters of the base class that keeps the bet ledger (GameComputeBase by default). */
export interface BetLedgerGetters {
  readonly lastBetTime: string;
  readonly limits: string;
}

export const GAME_COMPUTE_GETTERS: BetLedgerGetters = { lastBetTime: "getGamePlayerLastBetTime", limits: "getGameBetLimits" };

export function resolveBetDelay(m: AppSequence, d: BetDelay, getters: BetLedgerGetters = GAME_COMPUTE_GETTERS): bigint {
  if (d.kind === "ms") return d.ms;
  const last = intValue(appGetter(m, getters.lastBetTime, hash160Item(hash160FromDisplay(accountDisplay(m, d.player)))));
  if (last === 0n) return 1n;
  const limits = appGetter(m, getters.limits);
  const cooldown = limits.type === "Array" || limits.type === "Struct" ? intValue(limits.items[2]) : 30_000n;
  return delayTo(m.time, last + d.factor * cooldown + d.offset).delay;
}

export function showBetDelay(d: BetDelay): string {
  if (d.kind === "ms") return `+${d.ms}ms`;
  return `@last+${d.factor === 1n ? "" : "5×"}cooldown${d.offset === 0n ? "" : `${d.offset}`}`;
}

/**
 * Bet blocks for player `p`: after the default cooldown, inside it, on its boundaries B − 1 / B
 * (×1 and ×5), or a day later (the daily bucket).
 */
export const betDelay = (p: string): fc.Arbitrary<BetDelay> => fc.oneof(
  { weight: 6, arbitrary: fc.bigInt({ min: 30_000n, max: 90_000n }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 2, arbitrary: fc.bigInt({ min: 1n, max: 29_999n }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(1n as const, 5n as const), fc.constantFrom(-1n, 0n)).map(([factor, offset]) => ({ kind: "cooldown" as const, player: p, factor, offset })) },
  { weight: 1, arbitrary: fc.constantFrom(86_400_000n, 86_399_999n).map((ms) => ({ kind: "ms" as const, ms })) },
);
