import { coverageView, percent, type CoverageView, type Ratio } from "../../contract-coverage/coverage-view.js";
import type { RunSummary } from "../run-summary.js";

/** `87.5 % (35/40)`, or `—` when there is nothing to cover. */
export function showRatio(r: Ratio | undefined): string {
  return !r || r.total === 0 ? "—" : `${percent(r)} % (${r.covered}/${r.total})`;
}

/** Each contract's coverage view, in the summary's order. */
export function coverageViews(s: RunSummary): CoverageView[] {
  return (s.coverage ?? []).map(coverageView);
}

/** Thrown messages whose throw never ran (a contract's list, by message, first place kept). */
export function unreachedMessages(v: CoverageView): CoverageView["messages"] {
  const reached = new Set(v.messages.filter((m) => m.hits > 0).map((m) => m.message));
  const seen = new Set<string>();
  return v.messages.filter((m) => !reached.has(m.message) && !seen.has(m.message) && seen.add(m.message));
}

/** `91.1 % (41/45); raw 85.4 % (41/48), 3 filtered`: the source's branches, then every jump's. */
export function showBranches(v: CoverageView): string {
  if (v.filtered.length === 0) return showRatio(v.branches);
  return `${showRatio(v.branches)}; raw ${showRatio(v.rawBranches)}, ${v.filtered.length} synthetic jump${v.filtered.length > 1 ? "s" : ""} filtered`;
}
