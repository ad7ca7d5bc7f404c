import type { ContractCoverage } from "./coverage-schema.js";

type Structure = ContractCoverage["structure"];

export interface Ratio {
  readonly covered: number;
  readonly total: number;
}

export interface BranchView {
  readonly ip: number;
  readonly taken: number;
  readonly notTaken: number;
  /** Why it is filtered (a jump the compiler synthesised, no C# condition spells it); absent for a source branch. */
  readonly filtered?: string;
}

export interface MethodView {
  readonly name: string;
  readonly instructions: Ratio;
  /** Directions of its conditional jumps (synthetic ones filtered) taken at least once, of twice their number. */
  readonly branches: Ratio;
  readonly lines?: Ratio;
}

export interface FileView {
  readonly path: string;
  readonly text: string;
  /** Line → times executed, for every line that has code (a sequence point). */
  readonly lines: ReadonlyMap<number, number>;
  /** Line → its conditional jumps. */
  readonly branches: ReadonlyMap<number, readonly BranchView[]>;
}

export interface CoverageView {
  readonly contract: string;
  readonly nefChecksum: number;
  readonly source: ContractCoverage["source"];
  readonly instructions: Ratio;
  /** Directions of the source's conditional jumps (synthetic ones filtered): the figure of the summary, LCOV and the gate. */
  readonly branches: Ratio;
  /** Directions of every conditional jump, synthetic ones included. */
  readonly rawBranches: Ratio;
  /** The filtered (synthetic) jumps with their counts and, with debug info, their C# line. */
  readonly filtered: readonly (BranchView & { readonly filtered: string; readonly path?: string; readonly line?: number })[];
  readonly lines?: Ratio;
  readonly methods: readonly MethodView[];
  readonly files: readonly FileView[];
  /** Every thrown message of the source with how often its throw ran. */
  readonly messages: readonly { readonly message: string; readonly path: string; readonly line: number; readonly hits: number }[];
}

const ratio = (covered: number, total: number): Ratio => ({ covered, total });

/** A ratio as a percentage with one decimal (100 % when there is nothing to cover). */
export function percent(r: Ratio): number {
  return r.total === 0 ? 100 : Math.floor((1000 * r.covered) / r.total) / 10;
}

/**
 * What a report shows of one contract's coverage, computed from its structure and hits: line,
 * branch and instruction ratios, per method and per file. A line's count is the count of the
 * first instruction of its sequence point (the most of them, when a line has several); a branch
 * belongs to the line of the sequence point it follows. Branch ratios leave out the jumps the
 * structure lists as `filtered` (synthetic); `rawBranches` counts every jump.
 */
export function coverageView(c: ContractCoverage): CoverageView {
  const hits = new Map(c.hits.instructions.map(([ip, n]) => [ip, n]));
  const branchHits = new Map(c.hits.branches.map(([ip, t, f]) => [ip, { ip, taken: t, notTaken: f }]));
  const { structure: s } = c;
  const why = new Map(s.filtered.map((f) => [f.ip, f.reason]));
  const branchOf = (ip: number): BranchView => {
    const b = branchHits.get(ip) ?? { ip, taken: 0, notTaken: 0 };
    const reason = why.get(ip);
    return reason === undefined ? b : { ...b, filtered: reason };
  };
  const source = s.jumps.filter((ip) => !why.has(ip));
  const directions = (ips: readonly number[]) => ips.reduce((n, ip) => n + (branchOf(ip).taken > 0 ? 1 : 0) + (branchOf(ip).notTaken > 0 ? 1 : 0), 0);
  const points = s.points;
  const pointOf = (ip: number) => {
    let lo = 0, hi = points.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (points[mid]![0] <= ip) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found < 0 ? undefined : points[found];
  };
  const files = s.files.map((f) => ({ path: f.path, text: f.text, lines: new Map<number, number>(), branches: new Map<number, BranchView[]>() }));
  for (const [ip, file, line] of points) {
    const lines = files[file]!.lines;
    lines.set(line, Math.max(lines.get(line) ?? 0, hits.get(ip) ?? 0));
  }
  for (const ip of s.jumps) {
    const p = pointOf(ip);
    if (!p) continue;
    const list = files[p[1]]!.branches.get(p[2]) ?? [];
    list.push(branchOf(ip));
    files[p[1]]!.branches.set(p[2], list);
  }
  const debug = c.source === "debug-info";
  // A throw shares its line with the `if` that guards it: its own sequence point (same column) counts.
  const throwHits = (t: Structure["throws"][number]) =>
    points.filter(([, file, line, column]) => file === t.file && line === t.line && column === t.column).reduce((n, [ip]) => n + (hits.get(ip) ?? 0), 0);
  const linesIn = (start: number, end: number) => {
    const keys = new Map<string, number>();
    for (const [ip, file, line] of points) if (ip >= start && ip <= end) keys.set(`${file}:${line}`, files[file]!.lines.get(line) ?? 0);
    return ratio([...keys.values()].filter((n) => n > 0).length, keys.size);
  };
  const methods = s.methods.map((m) => {
    const ins = s.instructions.filter((ip) => ip >= m.start && ip <= m.end);
    const jumps = source.filter((ip) => ip >= m.start && ip <= m.end);
    return {
      name: m.name,
      instructions: ratio(ins.filter((ip) => (hits.get(ip) ?? 0) > 0).length, ins.length),
      branches: ratio(directions(jumps), 2 * jumps.length),
      ...(debug ? { lines: linesIn(m.start, m.end) } : {}),
    };
  });
  const allLines = files.flatMap((f) => [...f.lines.values()]);
  return {
    contract: c.contract,
    nefChecksum: c.nefChecksum,
    source: c.source,
    instructions: ratio(s.instructions.filter((ip) => (hits.get(ip) ?? 0) > 0).length, s.instructions.length),
    branches: ratio(directions(source), 2 * source.length),
    rawBranches: ratio(directions(s.jumps), 2 * s.jumps.length),
    filtered: s.jumps.filter((ip) => why.has(ip)).map((ip) => {
      const p = pointOf(ip);
      return { ...branchOf(ip), filtered: why.get(ip)!, ...(p ? { path: files[p[1]]!.path, line: p[2] } : {}) };
    }),
    ...(debug ? { lines: ratio(allLines.filter((n) => n > 0).length, allLines.length) } : {}),
    methods,
    files,
    messages: s.throws.map((t) => ({ message: t.message, path: files[t.file]!.path, line: t.line, hits: throwHits(t) })),
  };
}
