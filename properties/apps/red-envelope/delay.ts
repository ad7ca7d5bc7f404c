import { envelopeState, type EnvelopeSequence } from "./sequence-model.js";
import { type FlexibleDelay, plainDelay } from "../../harness/differential-run.js";

/**
 * When a command's block comes: a plain delay after T_last, or an expiry boundary of the
 * envelope it targets (README §5 "Boundary times"): `ExpiryTime + offset`, offset 0 (the last
 * claim, "not expired" for a refund) or 1; for reads `ExpiryTime − 15,000 + offset` so that the
 * test invocation's tinv lands on it. A boundary already past falls back to 1 ms.
 */
export type Delay = { readonly kind: "ms"; readonly ms: bigint } | { readonly kind: "expiry"; readonly offset: bigint; readonly tinv?: true };

export function resolveDelay(m: EnvelopeSequence, d: Delay, id: bigint): bigint | FlexibleDelay {
  const s = envelopeState(m, id);
  // A plain delay may share a block, but on the side of the expiry it lands on when exact (a claim
  // the generator sends before the expiry stays a claim in time, a refund stays early): up to
  // ExpiryTime, the last time both claim and "not expired" hold. The boundary pair stays exact.
  if (d.kind === "ms") return s.exists && m.time + d.ms <= s.expiryTime ? plainDelay(d.ms, s.expiryTime) : plainDelay(d.ms);
  if (!s.exists) return 1n;
  const delay = s.expiryTime + d.offset - (d.tinv ? 15_000n : 0n) - m.time;
  return delay >= 1n ? delay : 1n;
}

export function showDelay(d: Delay): string {
  return d.kind === "ms" ? `+${d.ms}ms` : `@${d.tinv ? "tinv=" : ""}Expiry${d.offset === 0n ? "" : d.offset > 0n ? `+${d.offset}` : d.offset}`;
}
