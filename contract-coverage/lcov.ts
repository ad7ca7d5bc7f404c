import { coverageView } from "./coverage-view.js";
import type { ContractCoverage } from "./coverage-schema.js";

/**
 * The run's coverage in LCOV's tracefile format (`coverage.lcov`), as genhtml, Codecov and editors
 * read it: one record per C# source file, with its methods (FN/FNDA, by their first line), line
 * counts (DA) and both directions of each conditional jump of the source (BRDA, block = the
 * jump's offset; the synthetic jumps the structure filters are left out of BRDA, BRF and BRH).
 * Contracts without debug info have no source lines and are left out.
 */
export function toLcov(coverage: readonly ContractCoverage[]): string {
  const out: string[] = [];
  for (const c of coverage) {
    if (c.source !== "debug-info") continue;
    const view = coverageView(c);
    const firstLine = new Map<string, { file: number; line: number }>();
    for (const m of c.structure.methods) {
      const p = c.structure.points.find(([ip]) => ip >= m.start && ip <= m.end);
      if (p) firstLine.set(m.name, { file: p[1], line: p[2] });
    }
    view.files.forEach((f, file) => {
      if (f.lines.size === 0) return;
      out.push(`TN:${c.contract}`, `SF:${f.path}`);
      const methods = view.methods.filter((m) => firstLine.get(m.name)?.file === file);
      for (const m of methods) out.push(`FN:${firstLine.get(m.name)!.line},${m.name}`);
      for (const m of methods) out.push(`FNDA:${m.instructions.covered > 0 ? hitsAt(view, file, firstLine.get(m.name)!.line) : 0},${m.name}`);
      out.push(`FNF:${methods.length}`, `FNH:${methods.filter((m) => m.instructions.covered > 0).length}`);
      let found = 0, hit = 0;
      for (const [line, branches] of [...f.branches].sort((a, b) => a[0] - b[0])) {
        for (const b of branches.filter((x) => x.filtered === undefined)) {
          out.push(`BRDA:${line},${b.ip},0,${b.taken}`, `BRDA:${line},${b.ip},1,${b.notTaken}`);
          found += 2;
          hit += (b.taken > 0 ? 1 : 0) + (b.notTaken > 0 ? 1 : 0);
        }
      }
      out.push(`BRF:${found}`, `BRH:${hit}`);
      const lines = [...f.lines].sort((a, b) => a[0] - b[0]);
      for (const [line, n] of lines) out.push(`DA:${line},${n}`);
      out.push(`LF:${lines.length}`, `LH:${lines.filter(([, n]) => n > 0).length}`, "end_of_record");
    });
  }
  return out.length > 0 ? out.join("\n") + "\n" : "";
}

function hitsAt(view: ReturnType<typeof coverageView>, file: number, line: number): number {
  return view.files[file]!.lines.get(line) ?? 0;
}
