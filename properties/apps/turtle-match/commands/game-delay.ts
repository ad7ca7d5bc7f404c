import { flexible, type FlexibleDelay, plainDelay } from "../../../harness/differential-run.js";
import { betClock, resolveBetDelay, type BetDelay } from "../../../patterns/time-boundary/bet-delay.js";
import type { TurtleSequence } from "../sequence-model.js";

/**
 * A plain delay (no README §5 boundary): at least `ms` after T_last and, when sequences share
 * blocks, up to a minute later (a longer delay up to twice as long), as DoomsdayClock's; never
 * after `latest` when given. TurtleMatch's calls carry no time (the seed's time is read back from
 * GameStarted) and only BET reads it, which the model computes for the block's time.
 */
export const plain = (ms: bigint, latest?: bigint): FlexibleDelay => plainDelay(ms, latest);

/**
 * A start's block: a bet-limit boundary (B − 1 / B) exactly; a plain delay flexibly, but one that
 * lands inside the player's cooldown stays inside it (the generator aims it at "cooldown active":
 * its window ends at last + Cooldown − 1).
 */
export function startDelay(m: TurtleSequence, player: string, d: BetDelay): bigint | FlexibleDelay {
  if (d.kind !== "ms") return resolveBetDelay(m, d);
  const { last, cooldown } = betClock(m, player);
  const end = last + cooldown - 1n;
  return last > 0n && m.time + d.ms <= end ? plain(d.ms, end) : plain(d.ms);
}

/**
 * A step after a start (its settlement, the next payment): flexible, but within the player's
 * cooldown less `room` ms, so that a bet-limit boundary generated next (last + Cooldown − 1) is
 * still ahead of T_last, as it is with the exact 1 s gaps.
 */
export function withinCooldown(m: TurtleSequence, player: string, ms: bigint, room = 2n): FlexibleDelay {
  const { last, cooldown } = betClock(m, player);
  return last > 0n && last + cooldown - room > m.time + ms ? plain(ms, last + cooldown - room) : plain(ms);
}
