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

export function resolveDelay(m: CapsuleSequence, d: Delay): bigint {
  if (d.kind === "ms") return d.ms;
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
