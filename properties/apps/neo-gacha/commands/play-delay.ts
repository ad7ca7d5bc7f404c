import { hash160Item } from "../../../../simulator/runtime/items.js";
import { hash160FromDisplay } from "../../../../simulator/runtime/hash160.js";
import { delayTo } from "../../../patterns/time-boundary/boundary-delay.js";
import { accountHash, getter, type NeoGachaSequence } from "../sequence-model.js";

/**
 * NG-P10: the block of a play, a plain delay after T_last or on a bet-limit boundary of the player
 * (devpack.md DP-P4, README §5 pairs B − 1 / B): `last(p) + k × Cooldown + offset`, k = 1 (the
 * cooldown) or 5 (the consecutive count restarts). A boundary already past gives 1 ms.
 */
export type PlayDelay = { readonly ms: bigint } | { readonly player: string; readonly cooldowns: 1n | 5n; readonly offset: -1n | 0n };

export function playDelay(m: NeoGachaSequence, d: PlayDelay): bigint {
  if ("ms" in d) return d.ms;
  const lastItem = getter(m, "getGamePlayerLastBetTime", hash160Item(hash160FromDisplay(accountHash(m, d.player))));
  const last = lastItem.type === "Integer" ? lastItem.value : 0n;
  const limits = getter(m, "getGameBetLimits");
  const cooldown = (limits.type === "Array" || limits.type === "Struct") && limits.items[2]?.type === "Integer" ? limits.items[2].value : 30_000n;
  return last > 0n ? delayTo(m.time, last + d.cooldowns * cooldown + d.offset).delay : 1n;
}

export const showPlayDelay = (d: PlayDelay): string => ("ms" in d ? `+${d.ms}ms` : `@last+${d.cooldowns}×cooldown${d.offset === 0n ? "" : d.offset}`);
