import fc from "fast-check";
import { hash160Item } from "../../../simulator/runtime/items.js";
import { hash160FromDisplay } from "../../../simulator/runtime/hash160.js";
import { accountDisplay, appGetter, intValue, type AppSequence } from "../app-sequence/app-sequence.js";
import { delayTo } from "./boundary-delay.js";
import { DAY } from "../../../simulator/bases/mini-app-base.js";

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

/** The player's stored last bet time (0: never) and the stored Cooldown, as the frontend reads them (devpack.md BET steps 5–6). */
export function betClock(m: AppSequence, player: string, getters: BetLedgerGetters = GAME_COMPUTE_GETTERS): { readonly last: bigint; readonly cooldown: bigint } {
  const last = intValue(appGetter(m, getters.lastBetTime, hash160Item(hash160FromDisplay(accountDisplay(m, player)))));
  const limits = appGetter(m, getters.limits);
  const cooldown = limits.type === "Array" || limits.type === "Struct" ? intValue(limits.items[2]) : 30_000n;
  return { last, cooldown };
}

export function resolveBetDelay(m: AppSequence, d: BetDelay, getters: BetLedgerGetters = GAME_COMPUTE_GETTERS): bigint {
  if (d.kind === "ms") return d.ms;
  const { last, cooldown } = betClock(m, d.player, getters);
  if (last === 0n) return 1n;
  return delayTo(m.time, last + d.factor * cooldown + d.offset).delay;
}

/**
 * The last block time before the first of `player`'s bet-limit boundaries after `earliest` (BET's
 * time checks switch there: the cooldown's end, the consecutive count's restart at 5 × Cooldown,
 * the next day's bucket), or undefined when none lies ahead: how late a plain bet delay may come
 * when sequences share blocks and still meet BET as it would alone.
 */
export function betLatest(m: AppSequence, player: string, earliest: bigint): bigint | undefined {
  const { last, cooldown } = betClock(m, player);
  const ahead = [...(last > 0n ? [last + cooldown, last + 5n * cooldown] : []), (earliest / DAY + 1n) * DAY].filter((b) => b > earliest);
  return ahead.length > 0 ? ahead.reduce((a, b) => (b < a ? b : a)) - 1n : undefined;
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
