import { type FlexibleDelay, plainDelay } from "../../../harness/differential-run.js";
import { betLatest, resolveBetDelay, type BetDelay } from "../../../patterns/time-boundary/bet-delay.js";
import type { CoinFlipSequence } from "../sequence-model.js";

/**
 * A bet's block (CF-P8: its arguments never depend on its time, only BET's outcome does). A plain
 * delay may come up to a minute later when sequences share blocks (a longer one up to twice as
 * long), but never past the next bet-limit boundary of the player, so a bet drawn inside the
 * cooldown still meets "cooldown active" and one drawn after it still passes, as alone. A
 * boundary delay stays exact (README §5).
 */
export function betDelayOf(m: CoinFlipSequence, d: BetDelay, player: string): bigint | FlexibleDelay {
  if (d.kind !== "ms") return resolveBetDelay(m, d);
  return plainDelay(d.ms, betLatest(m, player, m.time + d.ms));
}

/**
 * How late the payment `payMs` before a bet may come: never so late that the bet's boundary is
 * already past, or that a plain delay after it crosses a bet-limit boundary the exact run would not.
 */
export function payLatest(m: CoinFlipSequence, d: BetDelay, player: string, payMs: bigint): bigint | undefined {
  if (d.kind !== "ms") return m.time + resolveBetDelay(m, d) - 1n;
  const latest = betLatest(m, player, m.time + payMs + d.ms);
  return latest === undefined ? undefined : latest - d.ms;
}
