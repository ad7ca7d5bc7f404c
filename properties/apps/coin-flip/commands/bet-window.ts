import { hash160Item } from "../../../../simulator/runtime/items.js";
import { hash160FromDisplay } from "../../../../simulator/runtime/hash160.js";
import { DAY } from "../../../../simulator/bases/mini-app-base.js";
import { type FlexibleDelay, plainDelay } from "../../../harness/differential-run.js";
import { accountDisplay, appGetter, intValue } from "../../../patterns/app-sequence/app-sequence.js";
import { resolveBetDelay, type BetDelay } from "../../../patterns/time-boundary/bet-delay.js";
import type { CoinFlipSequence } from "../sequence-model.js";

/**
 * The last block time before the first of `player`'s bet-limit boundaries after `earliest`
 * (devpack.md BET's time checks switch there: the cooldown's end, the consecutive count's restart
 * at 5 × Cooldown, the next day's bucket), or undefined when none lies ahead.
 */
export function betLatest(m: CoinFlipSequence, player: string, earliest: bigint): bigint | undefined {
  const last = intValue(appGetter(m, "getGamePlayerLastBetTime", hash160Item(hash160FromDisplay(accountDisplay(m, player)))));
  const limits = appGetter(m, "getGameBetLimits");
  const cooldown = limits.type === "Array" || limits.type === "Struct" ? intValue(limits.items[2]) : 30_000n;
  const ahead = [...(last > 0n ? [last + cooldown, last + 5n * cooldown] : []), (earliest / DAY + 1n) * DAY].filter((b) => b > earliest);
  return ahead.length > 0 ? ahead.reduce((a, b) => (b < a ? b : a)) - 1n : undefined;
}

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
