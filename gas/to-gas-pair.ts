import { GasPairSchema, type GasPair, type GasPoint } from "../reports/run-summary.js";
import type { FeePolicy } from "../neo-express/driver/fee-policy.js";
import type { SnapshotCheck } from "./check-snapshot.js";
import { breakEvenN, complexityFit, ratioAt } from "./complexity-fit.js";
import { exactFit } from "./exact-fit.js";
import { snapshotKey } from "./gas-snapshot.js";
import type { MeasuredPair, MeasuredPoint } from "./measured-pair.js";

/** One measured pair as the run summary's `gas` entry (reports/run-summary.ts GasPairSchema). */
export function toGasPair(m: MeasuredPair, policy: FeePolicy, maxSystemFee: bigint, check?: SnapshotCheck, baseline?: string): GasPair {
  const { plan } = m;
  const keys = new Set([...m.hybrid.map((p) => snapshotKey(plan.hybrid, p.n)), ...m.deprecated.map((p) => snapshotKey(plan.deprecated, p.n))]);
  const diff = (check?.entries ?? []).filter((e) => keys.has(e.key));
  const hybridFit = complexityFit(m.hybrid, policy);
  const deprecatedFit = complexityFit(m.deprecated, policy);
  const regressed = diff.some((e) => e.status === "regression") || (check?.hybridNotConstant.includes(plan.hybrid) ?? false) || (check?.deprecatedNotLinear.includes(plan.deprecated) ?? false) || (check?.deprecatedNotConstant.includes(plan.deprecated) ?? false) || check?.policyChanged !== undefined;
  const verdict = !check || diff.every((e) => e.status === "new") ? (regressed ? "regression" : "new") : regressed ? "regression" : "pass";
  const ratio = ratioAt(m.hybrid, m.deprecated);
  return GasPairSchema.parse({
    app: plan.app,
    hybrid: plan.hybrid,
    deprecated: plan.deprecated,
    nMeans: plan.nMeans,
    hybridSeries: m.hybrid.map(point),
    deprecatedSeries: m.deprecated.map(point),
    hybridFit: { class: hybridFit.class, slopePerN: hybridFit.slopePerN, intercept: hybridFit.intercept },
    deprecatedFit: { class: deprecatedFit.class, slopePerN: deprecatedFit.slopePerN, intercept: deprecatedFit.intercept },
    ...(ratio !== undefined ? { ratioAt100: ratio } : {}),
    breakEvenN: breakEvenN(m.hybrid, m.deprecated),
    limitNote: plan.limitNote(executionLine(m.deprecated), maxSystemFee),
    verdict,
    ...(baseline ? { baseline } : {}),
    snapshotDiff: diff.map((e) => ({ key: e.key, old: e.old, new: e.new })),
  });
}

function point(p: MeasuredPoint): GasPoint {
  return { n: p.n, total: p.total.toString(), method: (p.total - p.entry).toString(), ...(p.storageFee !== undefined ? { storageFee: p.storageFee.toString() } : {}) };
}

/** The deprecated path's execution line plus its largest storage fee: what a larger n would cost. */
function executionLine(series: readonly MeasuredPoint[]): { slopePerN: number; intercept: number } {
  const fit = exactFit(series.map((p) => ({ x: BigInt(p.n), y: p.total - (p.storageFee ?? 0n) })));
  const storage = series.reduce((max, p) => ((p.storageFee ?? 0n) > max ? p.storageFee ?? 0n : max), 0n);
  return { slopePerN: Number(fit.slopeNum) / Number(fit.den), intercept: Number(fit.interceptNum) / Number(fit.den) + Number(storage) };
}
