import { decimal, exactFit } from "./exact-fit.js";
import type { MeasuredPoint } from "./measured-pair.js";

/**
 * What the class rests on (complexity-fit.ts): the least-squares line of the execution fee
 * (total − storage fee), exact when its residual is 0, and the range of the storage fee.
 */
export function executionNote(method: string, series: readonly MeasuredPoint[]): string {
  const fit = exactFit(series.map((p) => ({ x: BigInt(p.n), y: p.total - (p.storageFee ?? 0n) })));
  const storage = series.map((p) => p.storageFee ?? 0n);
  const [lo, hi] = [storage.reduce((a, b) => (b < a ? b : a)), storage.reduce((a, b) => (b > a ? b : a))];
  const show = (v: bigint) => v.toLocaleString("en-US");
  return `\`${method}\` execution fee = ${decimal(fit.interceptNum, fit.den)} + ${decimal(fit.slopeNum, fit.den)} × n` +
    `${fit.residual === 0n ? " exactly" : " (least squares)"}, storage fee ${lo === hi ? show(lo) : `${show(lo)}–${show(hi)}`}`;
}
