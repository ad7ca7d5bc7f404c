import { decimal } from "./exact-fit.js";
import type { GasSnapshot } from "./gas-snapshot.js";

export type EntryStatus = "same" | "within-tolerance" | "regression" | "improvement" | "new";

export interface EntryDiff {
  readonly key: string;
  readonly old: string | null;
  readonly new: string;
  readonly status: EntryStatus;
}

export interface SnapshotCheck {
  readonly app: string;
  /** Every measured key, sorted. */
  readonly entries: readonly EntryDiff[];
  /** Keys of the snapshot this run did not measure (a reduced set of points): not compared. */
  readonly notMeasured: readonly string[];
  /** Hybrid methods whose fresh series is no longer constant (spec README §10 G10). */
  readonly hybridNotConstant: readonly string[];
  /** Set when the fee policies differ: then no figure is compared. */
  readonly policyChanged?: string;
  readonly ok: boolean;
}

/**
 * Compares a fresh measurement with the committed snapshot. GAS is deterministic, so any change
 * is real; the tolerance (basis points of the old figure) lets a small intended increase pass.
 * A regression is an increase beyond it; a decrease is reported, never a failure.
 */
export function checkSnapshot(old: GasSnapshot | undefined, fresh: GasSnapshot, hybrids: readonly string[], toleranceBps: number): SnapshotCheck {
  const hybridNotConstant = hybrids.filter((m) => fresh.classes[m] !== undefined && fresh.classes[m] !== "constant").sort();
  const policyChanged = old && JSON.stringify(old.feePolicy) !== JSON.stringify(fresh.feePolicy)
    ? `the snapshot was measured under fee policy ${JSON.stringify(old.feePolicy)}, this run under ${JSON.stringify(fresh.feePolicy)}`
    : undefined;
  const entries = Object.keys(fresh.gas).sort().map((key): EntryDiff => {
    const now = fresh.gas[key]!;
    const before = old?.gas[key];
    if (before === undefined) return { key, old: null, new: now, status: "new" };
    return { key, old: before, new: now, status: compare(BigInt(before), BigInt(now), BigInt(toleranceBps)) };
  });
  const notMeasured = Object.keys(old?.gas ?? {}).filter((k) => !(k in fresh.gas)).sort();
  const ok = !policyChanged && hybridNotConstant.length === 0 && entries.every((e) => e.status !== "regression");
  return { app: fresh.app, entries, notMeasured, hybridNotConstant, ...(policyChanged ? { policyChanged } : {}), ok };
}

function compare(old: bigint, now: bigint, toleranceBps: bigint): EntryStatus {
  if (now === old) return "same";
  if (now < old) return "improvement";
  // now > old × (1 + tolerance), in integers.
  return now * 10_000n > old * (10_000n + toleranceBps) ? "regression" : "within-tolerance";
}

/** One line per entry, `key: old → new (±x.xx %) status`, then the failures. */
export function formatCheck(check: SnapshotCheck): string[] {
  const lines = check.entries.map((e) => {
    if (e.old === null) return `${e.key}: (none) → ${e.new}  new`;
    const change = decimal((BigInt(e.new) - BigInt(e.old)) * 100n, BigInt(e.old), 2);
    return `${e.key}: ${e.old} → ${e.new} (${change.startsWith("-") ? "" : "+"}${change} %)  ${e.status}`;
  });
  if (check.notMeasured.length > 0) lines.push(`not measured in this run: ${check.notMeasured.join(", ")}`);
  if (check.policyChanged) lines.push(`FEE POLICY CHANGED: ${check.policyChanged}; figures not compared`);
  for (const m of check.hybridNotConstant) lines.push(`HYBRID NOT CONSTANT: ${m} grows with n`);
  const regressions = check.entries.filter((e) => e.status === "regression").length;
  if (regressions > 0) lines.push(`${regressions} regression(s) beyond the tolerance`);
  return lines;
}
