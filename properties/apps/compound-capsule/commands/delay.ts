import { DAY } from "../../../../simulator/bases/mini-app-base.js";
import { type FlexibleDelay, plainDelay } from "../../../harness/differential-run.js";
import { capsuleAt, capsuleRecord, MS_PER_BLOCK, type CompoundSequence } from "../sequence-model.js";

/**
 * When a command's block comes: a plain delay after T_last, whole days later (locks are 7–365
 * days), or the unlock boundary of a capsule (README §5, CC-P1): `UnlockTime + offset`, offset −1
 * or 0, and for reads `UnlockTime − MS_PER_BLOCK + offset`, so that tinv lands on it. A boundary
 * already past falls back to 1 ms.
 */
export type Delay =
  | { readonly kind: "ms"; readonly ms: bigint }
  | { readonly kind: "days"; readonly days: bigint; readonly ms: bigint }
  | { readonly kind: "unlock" | "unlock-tinv"; readonly capsule: number; readonly offset: bigint };

export function resolveDelay(m: CompoundSequence, d: Delay): bigint | FlexibleDelay {
  // A plain delay (ms or whole days) only lets time pass: no call of a command depends on its
  // block's time (unlockCalc and earlyCalc read stored fields only; the contract takes `now`
  // itself), so when sequences share blocks it may come up to a minute later, or for a longer
  // delay up to twice as long. An unlock boundary (CC-P1) stays exact.
  if (d.kind === "ms" || d.kind === "days") {
    const ms = d.kind === "ms" ? d.ms : d.days * DAY + d.ms;
    return plainDelay(ms);
  }
  const known = capsuleAt(m, d.capsule);
  const c = known && capsuleRecord(m, known.id);
  if (!c) return 1n;
  const delay = c.unlockTime + d.offset - (d.kind === "unlock-tinv" ? MS_PER_BLOCK : 0n) - m.time;
  return delay >= 1n ? delay : 1n;
}

export function showDelay(d: Delay): string {
  if (d.kind === "ms") return `+${d.ms}ms`;
  if (d.kind === "days") return `+${d.days}d${d.ms}ms`;
  const at = `Unlock(#${d.capsule})${d.offset === 0n ? "" : d.offset}`;
  return d.kind === "unlock" ? `@${at}` : `@tinv=${at}`;
}
