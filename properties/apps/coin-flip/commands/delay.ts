import { hash160Item } from "../../../../simulator/runtime/items.js";
import { hash160FromDisplay } from "../../../../simulator/runtime/hash160.js";
import { accountHash, getter, intOf, type CoinFlipSequence } from "../sequence-model.js";

/**
 * When a bet's block comes: a plain delay after T_last, or a bet-limit boundary of the player
 * (devpack.md DP-P4, README §5): `last(p) + k × Cooldown + offset` with k = 1 (cooldown) or 5
 * (the consecutive count restarts), offset −1 or 0. A boundary already past falls back to 1 ms.
 */
export type Delay =
  | { readonly kind: "ms"; readonly ms: bigint }
  | { readonly kind: "cooldown"; readonly player: string; readonly factor: 1n | 5n; readonly offset: bigint };

export function resolveDelay(m: CoinFlipSequence, d: Delay): bigint {
  if (d.kind === "ms") return d.ms;
  const last = intOf(getter(m, "getGamePlayerLastBetTime", hash160Item(hash160FromDisplay(accountHash(m, d.player)))));
  const limits = getter(m, "getGameBetLimits");
  const cooldown = limits.type === "Array" || limits.type === "Struct" ? intOf(limits.items[2]!) : 30_000n;
  const delay = last + d.factor * cooldown + d.offset - m.time;
  return last > 0n && delay >= 1n ? delay : 1n;
}

export function showDelay(d: Delay): string {
  if (d.kind === "ms") return `+${d.ms}ms`;
  return `@last+${d.factor === 1n ? "" : "5×"}cooldown${d.offset === 0n ? "" : d.offset > 0n ? `+${d.offset}` : `${d.offset}`}`;
}
