import { type FlexibleDelay, plainDelay } from "../../../harness/differential-run.js";
import { delayTo } from "../../../patterns/time-boundary/boundary-delay.js";
import { betClock, betLatest } from "../../../patterns/time-boundary/bet-delay.js";
import type { NeoGachaSequence } from "../sequence-model.js";

/**
 * NG-P10: the block of a play, a plain delay after T_last or on a bet-limit boundary of the player
 * (devpack.md DP-P4, README §5 pairs B − 1 / B): `last(p) + k × Cooldown + offset`, k = 1 (the
 * cooldown) or 5 (the consecutive count restarts). A boundary already past gives 1 ms.
 */
export type PlayDelay = { readonly ms: bigint } | { readonly player: string; readonly cooldowns: 1n | 5n; readonly offset: -1n | 0n };

/** The boundary a boundary delay aims at (an absolute block time), or undefined for a plain delay or a player who never bet. */
export function playTarget(m: NeoGachaSequence, d: PlayDelay): bigint | undefined {
  if ("ms" in d) return undefined;
  const { last, cooldown } = betClock(m, d.player);
  return last > 0n ? last + d.cooldowns * cooldown + d.offset : undefined;
}

/**
 * A plain delay only lets time pass (the play's arguments come from the machine's state, never from
 * its time): when sequences share blocks it may come up to a minute later (a longer delay up to
 * twice as long), but never past the next bet-limit boundary of the player (betLatest), so a play
 * drawn inside the cooldown still meets "cooldown active" and one drawn after it still passes, as
 * alone. A boundary delay stays exact (README §5).
 */
export function playDelay(m: NeoGachaSequence, d: PlayDelay, player: string): bigint | FlexibleDelay {
  if ("ms" in d) return plainDelay(d.ms, betLatest(m, player, m.time + d.ms));
  const target = playTarget(m, d);
  return target !== undefined ? delayTo(m.time, target).delay : 1n;
}

export const showPlayDelay = (d: PlayDelay): string => ("ms" in d ? `+${d.ms}ms` : `@last+${d.cooldowns}×cooldown${d.offset === 0n ? "" : d.offset}`);
