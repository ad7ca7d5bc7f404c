import type { z } from "zod";
import type { GasFitSchema } from "../reports/run-summary.js";
import type { FeePolicy } from "../neo-express/driver/fee-policy.js";
import { decimal, exactFit, type ExactFit } from "./exact-fit.js";
import type { MeasuredPoint } from "./measured-pair.js";

export type GasFit = z.infer<typeof GasFitSchema>;

/**
 * Constant or linear, from a measured series (spec README §10 G10).
 *
 * The reported line is the least-squares fit of the total (what the user pays). The class is
 * decided on the parts separately, because the storage fee of an O(1) path still moves with n:
 * stored numbers (pot, key counts, the daily bet) take a byte more as they grow, a step in log n
 * that a line over the total would read as a small slope. So a series is linear when its
 * execution fee grows by at least one instruction of the cheapest price (1 × ExecFeeFactor) per
 * unit of n, or its storage fee by at least one stored byte (StoragePrice) per unit of n: an O(n)
 * path runs at least one instruction, or stores at least one byte, per unit. Both thresholds come
 * from the chain's fee policy. N3 instruction and syscall prices do not depend on operand sizes, so
 * an O(1) path's execution fee is the same datoshi at every n and its slope is exactly 0.
 */
export function complexityFit(series: readonly MeasuredPoint[], policy: FeePolicy): GasFit & { readonly exact: ExactFit } {
  const total = exactFit(series.map((p) => ({ x: BigInt(p.n), y: p.total })));
  const storage = exactFit(series.map((p) => ({ x: BigInt(p.n), y: p.storageFee ?? 0n })));
  const execution = exactFit(series.map((p) => ({ x: BigInt(p.n), y: p.total - (p.storageFee ?? 0n) })));
  const atLeast = (fit: ExactFit, perN: bigint) => abs(fit.slopeNum) >= perN * fit.den;
  const linear = atLeast(execution, policy.execFeeFactor) || atLeast(storage, policy.storagePrice);
  return {
    class: linear ? "linear" : "constant",
    slopePerN: decimal(total.slopeNum, total.den),
    intercept: decimal(total.interceptNum, total.den),
    exact: total,
  };
}

/** deprecated / hybrid at n = 100 (4 decimals), when both were measured there. */
export function ratioAt(hybrid: readonly MeasuredPoint[], deprecated: readonly MeasuredPoint[], n = 100): string | undefined {
  const h = hybrid.find((p) => p.n === n);
  const d = deprecated.find((p) => p.n === n);
  return h && d ? decimal(d.total, h.total, 4) : undefined;
}

/**
 * The smallest n ≥ 1 from which the hybrid path is cheaper, from the least-squares line of the
 * difference deprecated − hybrid (storage cancels when both store the same, so for such a pair
 * the difference is execution only and the line exact); null when the hybrid never gets cheaper.
 */
export function breakEvenN(hybrid: readonly MeasuredPoint[], deprecated: readonly MeasuredPoint[]): number | null {
  const diffs = hybrid.map((h) => {
    const d = deprecated.find((p) => p.n === h.n);
    if (!d) throw new Error(`no deprecated point at n = ${h.n}`);
    return { x: BigInt(h.n), y: d.total - h.total };
  });
  const { slopeNum, interceptNum } = exactFit(diffs);
  if (slopeNum <= 0n) return interceptNum + slopeNum > 0n ? 1 : null;
  // interceptNum + slopeNum × n > 0 ⇔ n > −interceptNum / slopeNum.
  const n = floorDiv(-interceptNum, slopeNum) + 1n;
  return Number(n < 1n ? 1n : n);
}

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
