import { coverageView, percent } from "./coverage-view.js";
import type { ContractCoverage } from "./coverage-schema.js";

/**
 * The gate `--min-coverage <pct>`: every contract under test must have at least that branch
 * coverage. Returns one sentence per contract below it, naming its worst-covered methods.
 */
export function belowMinCoverage(coverage: readonly ContractCoverage[], minPercent: number): string[] {
  return coverage.flatMap((c) => {
    const view = coverageView(c);
    const pct = percent(view.branches);
    if (pct >= minPercent) return [];
    const worst = view.methods.filter((m) => m.branches.total > 0).sort((a, b) => percent(a.branches) - percent(b.branches) || b.branches.total - a.branches.total).slice(0, 3);
    return [`${c.contract}: branch coverage ${pct} % < ${minPercent} % (worst: ${worst.map((m) => `${m.name} ${m.branches.covered}/${m.branches.total}`).join(", ")})`];
  });
}
