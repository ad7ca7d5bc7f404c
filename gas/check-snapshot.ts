import { decimal } from "./exact-fit.js";
import type { AppGasSnapshot } from "./gas-snapshot.js";

export type EntryStatus = "same" | "within-tolerance" | "regression" | "improvement" | "new";

export interface EntryDiff {
  readonly key: string;
  readonly old: string | null;
  readonly new: string;
  readonly status: EntryStatus;
}

/** A contract whose NEF differs from the one the baseline was measured on (`old` null: not in the baseline). */
export interface NefChange {
  readonly contract: string;
  readonly old: number | null;
  readonly new: number;
}

export interface SnapshotCheck {
  readonly app: string;
  /** False when there was no baseline: figures are listed as `new`, no regression is claimed. */
  readonly compared: boolean;
  /** Every measured key, sorted. */
  readonly entries: readonly EntryDiff[];
  /** Keys of the snapshot this run did not measure (a reduced set of points): not compared. */
  readonly notMeasured: readonly string[];
  /** Hybrid methods whose fresh series is no longer constant (spec README §10 G10). */
  readonly hybridNotConstant: readonly string[];
  /** Deprecated methods whose fresh series does not grow with n (G10: "the deprecated counterpart grows linearly"). */
  readonly deprecatedNotLinear: readonly string[];
  /** Deprecated paths of O(1) pairs (`deprecatedClass: "constant"`) that grow with n. */
  readonly deprecatedNotConstant: readonly string[];
  /** The baseline's NEF checksums by contract, and those of the contracts measured now that differ. */
  readonly baselineNefs: Readonly<Record<string, number>>;
  readonly nefChanges: readonly NefChange[];
  /** Set when the fee policies differ: then no figure is compared. */
  readonly policyChanged?: string;
  readonly ok: boolean;
}

/** The methods of an app's pairs, for G10's shape. */
export interface PairMethods {
  readonly hybrid: string;
  readonly deprecated: string;
  /** Constant where the app file's pair is O(1) on both sides; linear otherwise. */
  readonly deprecatedClass?: "constant";
}

/**
 * Compares a fresh measurement with an app's baseline (none: nothing compared, only G10's shape).
 * GAS is deterministic, so any change is real; the tolerance (basis points of the old figure) lets
 * a small intended increase pass. A regression is an increase beyond it; a decrease is reported,
 * never a failure. G10's shape needs two points or more: a single n says nothing about growth.
 */
export function checkSnapshot(app: string, old: AppGasSnapshot | undefined, fresh: AppGasSnapshot, pairs: readonly PairMethods[], toleranceBps: number): SnapshotCheck {
  const points = (m: string) => Object.keys(fresh.gas).filter((k) => k.startsWith(`${m}/n=`)).length;
  const shaped = (m: string) => fresh.classes[m] !== undefined && points(m) >= 2;
  const hybridNotConstant = pairs.map((p) => p.hybrid).filter((m) => shaped(m) && fresh.classes[m] !== "constant").sort();
  const deprecatedNotLinear = pairs.filter((p) => !p.deprecatedClass).map((p) => p.deprecated).filter((m) => shaped(m) && fresh.classes[m] !== "linear").sort();
  const deprecatedNotConstant = pairs.filter((p) => p.deprecatedClass === "constant").map((p) => p.deprecated).filter((m) => shaped(m) && fresh.classes[m] !== "constant").sort();
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
  const baselineNefs = old?.contracts ?? {};
  const nefChanges = old
    ? Object.keys(fresh.contracts).sort().filter((c) => baselineNefs[c] !== fresh.contracts[c]).map((c) => ({ contract: c, old: baselineNefs[c] ?? null, new: fresh.contracts[c]! }))
    : [];
  const ok = !policyChanged && hybridNotConstant.length === 0 && deprecatedNotLinear.length === 0 && deprecatedNotConstant.length === 0 && entries.every((e) => e.status !== "regression");
  return { app, compared: old !== undefined, entries, notMeasured, hybridNotConstant, deprecatedNotLinear, deprecatedNotConstant, baselineNefs, nefChanges, ...(policyChanged ? { policyChanged } : {}), ok };
}

function compare(old: bigint, now: bigint, toleranceBps: bigint): EntryStatus {
  if (now === old) return "same";
  if (now < old) return "improvement";
  // now > old × (1 + tolerance), in integers.
  return now * 10_000n > old * (10_000n + toleranceBps) ? "regression" : "within-tolerance";
}

/** A NEF checksum as printed: the unsigned 32-bit value in hex, as `neoxp` and explorers show it. */
export const checksumHex = (c: number) => `0x${(c >>> 0).toString(16).padStart(8, "0")}`;

/** One line per entry, `key: old → new (±x.xx %) status`, then the NEFs (when they differ) and the failures. */
export function formatCheck(check: SnapshotCheck): string[] {
  const lines = check.entries.map((e) => {
    if (e.old === null) return `${e.key}: (none) → ${e.new}  new`;
    const change = decimal((BigInt(e.new) - BigInt(e.old)) * 100n, BigInt(e.old), 2);
    return `${e.key}: ${e.old} → ${e.new} (${change.startsWith("-") ? "" : "+"}${change} %)  ${e.status}`;
  });
  if (check.notMeasured.length > 0) lines.push(`not measured in this run: ${check.notMeasured.join(", ")}`);
  if (check.nefChanges.length > 0) {
    const nefs = Object.entries(check.baselineNefs).sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, n]) => `${c} ${checksumHex(n)}`).join(", ");
    lines.push(`the baseline was measured on other NEFs (${nefs}); changed: ${check.nefChanges.map((c) => `${c.contract} ${c.old === null ? "(not in the baseline)" : checksumHex(c.old)} → ${checksumHex(c.new)}`).join(", ")}`);
  }
  if (check.policyChanged) lines.push(`FEE POLICY CHANGED: ${check.policyChanged}; figures not compared`);
  for (const m of check.hybridNotConstant) lines.push(`HYBRID NOT CONSTANT: ${m} grows with n`);
  for (const m of check.deprecatedNotLinear) lines.push(`DEPRECATED NOT LINEAR: ${m} does not grow with n`);
  for (const m of check.deprecatedNotConstant) lines.push(`DEPRECATED NOT CONSTANT: ${m} grows with n, though the app file's pair is O(1) on both sides`);
  const regressions = check.entries.filter((e) => e.status === "regression").length;
  if (regressions > 0) lines.push(`${regressions} regression(s) beyond the tolerance`);
  if (!check.compared) lines.push("no regression claim: nothing to compare the figures with");
  return lines;
}
