import type { DoomsdaySequence } from "../sequence-model.js";
import { frontendState } from "../sequence-model.js";
import { plainDelay, type FlexibleDelay } from "../../../harness/differential-run.js";

/**
 * When a command's block comes: a plain delay after T_last, or a time boundary of the current
 * round (README §5 "Boundary times"): `EndTime + offset`, with offset −1 (the last purchase
 * time) or 0 (settle-and-return), and for reads `EndTime − MS_PER_BLOCK + offset` so that a
 * test invocation's tinv lands on the boundary. A boundary already in the past falls back to 1 ms.
 */
export type Delay =
  | { readonly kind: "ms"; readonly ms: bigint }
  | { readonly kind: "end"; readonly offset: bigint }
  | { readonly kind: "end-tinv"; readonly offset: bigint };

export function resolveDelay(m: DoomsdaySequence, d: Delay): bigint | FlexibleDelay {
  // A plain delay only lets time pass (the values a command submits come from the frontend at
  // tinv, README §5): when sequences share blocks it may come later (plainDelay).
  if (d.kind === "ms") return plainDelay(d.ms);
  const state = frontendState(m);
  const target = state.endTime + d.offset - (d.kind === "end-tinv" ? 15_000n : 0n);
  const delay = target - m.time;
  return state.roundId > 0n && delay >= 1n ? delay : 1n;
}

export function showDelay(d: Delay): string {
  return d.kind === "ms" ? `+${d.ms}ms` : d.kind === "end" ? `@EndTime${sign(d.offset)}` : `@tinv=EndTime${sign(d.offset)}`;
}

function sign(n: bigint): string {
  return n === 0n ? "" : n > 0n ? `+${n}` : `${n}`;
}
