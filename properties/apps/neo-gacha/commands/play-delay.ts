import { hash160Item } from "../../../../simulator/runtime/items.js";
import { hash160FromDisplay } from "../../../../simulator/runtime/hash160.js";
import { DAY } from "../../../../simulator/bases/mini-app-base.js";
import { type FlexibleDelay, plainDelay } from "../../../harness/differential-run.js";
import { delayTo } from "../../../patterns/time-boundary/boundary-delay.js";
import { accountHash, getter, type NeoGachaSequence } from "../sequence-model.js";

/**
 * NG-P10: the block of a play, a plain delay after T_last or on a bet-limit boundary of the player
 * (devpack.md DP-P4, README §5 pairs B − 1 / B): `last(p) + k × Cooldown + offset`, k = 1 (the
 * cooldown) or 5 (the consecutive count restarts). A boundary already past gives 1 ms.
 */
export type PlayDelay = { readonly ms: bigint } | { readonly player: string; readonly cooldowns: 1n | 5n; readonly offset: -1n | 0n };

/** The player's stored last bet time (0: never) and the current Cooldown (devpack.md BET steps 5–6). */
function betClock(m: NeoGachaSequence, player: string): { readonly last: bigint; readonly cooldown: bigint } {
  const lastItem = getter(m, "getGamePlayerLastBetTime", hash160Item(hash160FromDisplay(accountHash(m, player))));
  const limits = getter(m, "getGameBetLimits");
  const cooldown = (limits.type === "Array" || limits.type === "Struct") && limits.items[2]?.type === "Integer" ? limits.items[2].value : 30_000n;
  return { last: lastItem.type === "Integer" ? lastItem.value : 0n, cooldown };
}

/** The boundary a boundary delay aims at (an absolute block time), or undefined for a plain delay or a player who never bet. */
export function playTarget(m: NeoGachaSequence, d: PlayDelay): bigint | undefined {
  if ("ms" in d) return undefined;
  const { last, cooldown } = betClock(m, d.player);
  return last > 0n ? last + d.cooldowns * cooldown + d.offset : undefined;
}

/**
 * The last block time before the first of `player`'s bet-limit boundaries after `earliest` (BET's
 * time checks switch there: the cooldown's end, the consecutive count's restart at 5 × Cooldown,
 * the next day's bucket), or undefined when none lies ahead within reach.
 */
export function betLatest(m: NeoGachaSequence, player: string, earliest: bigint): bigint | undefined {
  const { last, cooldown } = betClock(m, player);
  const ahead = [...(last > 0n ? [last + cooldown, last + 5n * cooldown] : []), (earliest / DAY + 1n) * DAY].filter((b) => b > earliest);
  return ahead.length > 0 ? ahead.reduce((a, b) => (b < a ? b : a)) - 1n : undefined;
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
