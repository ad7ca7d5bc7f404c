import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sc } from "@cityofzion/neon-core";
import { describe, expect, it } from "vitest";
import { BUILD_DIR } from "../neo-express/world/built-contracts.js";
import { decodeScript } from "../preflight/nef/decode-script.js";
import { contractStructure, syntheticByPattern } from "./contract-structure.js";
import { coverageView } from "./coverage-view.js";
import { debugInfoPathOf, readDebugInfo } from "./debug-info.js";
import { toLcov } from "./lcov.js";

const built = (name: string) => {
  const nef = readFileSync(join(BUILD_DIR, `${name}.nef`));
  const manifest = readFileSync(join(BUILD_DIR, `${name}.manifest.json`), "utf8");
  return { nef, manifest, debug: readDebugInfo(debugInfoPathOf(join(BUILD_DIR, `${name}.nef`))) };
};

/** The conditional jumps whose sequence point is on `line` of `file` (a path suffix). */
function jumpsOnLine(s: ReturnType<typeof contractStructure>, file: string, line: number): number[] {
  const at = (ip: number) => s.points.filter(([p]) => p <= ip).at(-1);
  return s.jumps.filter((ip) => { const p = at(ip); return p !== undefined && s.files[p[1]]!.path.endsWith(file) && p[2] === line; });
}

describe("synthetic branches (issue #15): filtered like JaCoCo/coverlet filter compiler-made branches", () => {
  const { nef, manifest, debug } = built("PauseRegistry");
  const s = contractStructure(nef, manifest, debug);

  it("filters the (UInt160) cast's pair of jumps and not the source `if` beside it", () => {
    // PlatformContract.cs: line 22 `return (UInt160)Storage.Get(…)` (null test + length check),
    // line 29 `if (admin == null) throw new Exception("admin not set")`.
    const cast = jumpsOnLine(s, "Platform/PlatformContract.cs", 22);
    const guard = jumpsOnLine(s, "Platform/PlatformContract.cs", 29);
    expect(cast).toHaveLength(2);
    expect(guard).toHaveLength(1);
    const filtered = new Map(s.filtered.map((f) => [f.ip, f.reason]));
    expect(cast.map((ip) => filtered.get(ip))).toEqual(["(UInt160) conversion of a ByteString", "(UInt160) conversion of a ByteString"]);
    expect(filtered.has(guard[0]!)).toBe(false);
  });

  it("keeps filtered jumps out of the branch ratio, LCOV and the gate's figure, and in the raw one", () => {
    const cast = jumpsOnLine(s, "Platform/PlatformContract.cs", 22);
    const guard = jumpsOnLine(s, "Platform/PlatformContract.cs", 29)[0]!;
    // Every jump ran one way only: the raw figure has every jump, the filtered one the source's.
    const c = { contract: "PauseRegistry", nefChecksum: 1, source: "debug-info" as const, structure: s, hits: { instructions: [], branches: s.jumps.map((ip) => [ip, 0, 1] as [number, number, number]) } };
    const v = coverageView(c);
    expect(v.rawBranches).toEqual({ covered: s.jumps.length, total: 2 * s.jumps.length });
    expect(v.branches).toEqual({ covered: s.jumps.length - s.filtered.length, total: 2 * (s.jumps.length - s.filtered.length) });
    expect(v.filtered.map((f) => f.ip).sort((a, b) => a - b)).toEqual(s.filtered.map((f) => f.ip).sort((a, b) => a - b));
    expect(v.filtered.find((f) => f.ip === cast[0])).toMatchObject({ path: expect.stringMatching(/PlatformContract\.cs$/), line: 22, notTaken: 1 });
    const lcov = toLcov([c]);
    for (const ip of cast) expect(lcov).not.toContain(`,${ip},0,`);
    expect(lcov).toContain(`BRDA:29,${guard},0,0`);
    const brf = [...lcov.matchAll(/^BRF:(\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
    expect(brf).toBe(v.branches.total);
  });

  it("finds by instruction pattern (for an nccs NEF) exactly the jumps our compiler lists, in every contract", () => {
    const names = readdirSync(BUILD_DIR).filter((f) => f.endsWith(".nef")).map((f) => f.replace(/\.nef$/, ""));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const b = built(name);
      const listed = (b.debug?.synthetic ?? []).filter((x) => x.reason.includes("conversion of a ByteString")).map((x) => x.offset).sort((a, b) => a - b);
      const script = Buffer.from(sc.NEF.fromBuffer(b.nef).script, "hex");
      const found = syntheticByPattern(decodeScript(script).instructions).map((x) => x.ip).sort((a, b) => a - b);
      expect(found, name).toEqual(listed);
    }
  });
});
