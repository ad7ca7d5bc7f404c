import { type FlexibleDelay, plainDelay } from "../../../harness/differential-run.js";
import { capsuleData, capsuleIdAt, MS_PER_BLOCK, type CapsuleSequence } from "../sequence-model.js";

/**
 * When a command's block comes: a plain delay after T_last, or the unlock boundary of a capsule
 * (README §5, TC-P5): `UnlockTime + offset` with offset −1 or 0, and for reads
 * `UnlockTime − MS_PER_BLOCK + offset` so that the test invocation's tinv lands on it. A boundary
 * already in the past falls back to 1 ms.
 */
export type Delay =
  | { readonly kind: "ms"; readonly ms: bigint }
  | { readonly kind: "unlock" | "unlock-tinv"; readonly capsule: number; readonly offset: bigint };

export function resolveDelay(m: CapsuleSequence, d: Delay): bigint | FlexibleDelay {
  // A plain delay only lets time pass: what a command submits that depends on `now` (a burial's
  // unlockTime, the frontend's pick, an extension to now + 0/1) is built for its block's time.
  // When sequences share blocks it may come up to a minute later, or for a delay past MIN_LOCK
  // up to twice as long. An unlock boundary (TC-P5) stays exact.
  if (d.kind === "ms") return plainDelay(d.ms);
  const c = capsuleData(m, capsuleIdAt(m, d.capsule));
  if (c === null) return 1n;
  const delay = c.unlockTime + d.offset - (d.kind === "unlock-tinv" ? MS_PER_BLOCK : 0n) - m.time;
  return delay >= 1n ? delay : 1n;
}

export function showDelay(d: Delay): string {
  if (d.kind === "ms") return `+${d.ms}ms`;
  const at = `Unlock(#${d.capsule})${d.offset === 0n ? "" : d.offset}`;
  return d.kind === "unlock" ? `@${at}` : `@tinv=${at}`;
}
