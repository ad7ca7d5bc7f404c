import { describe, expect, it } from "vitest";
import { sampleCoverage as contract } from "./sample-coverage.js";
import { coverageView, percent } from "./coverage-view.js";
import { toLcov } from "./lcov.js";
import { mergeCoverage } from "./merge-coverage.js";
import { belowMinCoverage } from "./min-coverage.js";

describe("coverage view, LCOV, shard merge and the gate", () => {
  const ran = contract([[0, 4], [1, 4], [3, 4], [6, 4], [8, 4]], [[3, 4, 0]]);

  it("counts lines, branch directions, instructions and thrown messages", () => {
    const v = coverageView(ran);
    expect(v.lines).toEqual({ covered: 2, total: 2 });
    expect(v.branches).toEqual({ covered: 1, total: 2 });
    expect(v.instructions).toEqual({ covered: 5, total: 6 });
    // The throw shares line 2 with its `if`, which ran; the throw itself (column 10) did not.
    expect(v.messages).toEqual([{ message: "no", path: "C.cs", line: 2, hits: 0 }]);
    expect(percent(v.branches)).toBe(50);
  });

  it("writes LCOV records genhtml reads", () => {
    expect(toLcov([ran])).toBe(["TN:C", "SF:C.cs", "FN:2,C.M", "FNDA:4,C.M", "FNF:1", "FNH:1", "BRDA:2,3,0,4", "BRDA:2,3,1,0", "BRF:2", "BRH:1",
      "DA:2,4", "DA:3,4", "LF:2", "LH:2", "end_of_record", ""].join("\n"));
  });

  it("adds shards' hits of one NEF, and the gate names the worst method", () => {
    const other = contract([[5, 1]], [[3, 0, 1]]);
    const merged = mergeCoverage([[ran], [other]]);
    expect(merged).toHaveLength(1);
    const v = coverageView(merged[0]!);
    expect(v.branches).toEqual({ covered: 2, total: 2 });
    expect(v.messages[0]!.hits).toBe(1);
    expect(belowMinCoverage([ran], 60)).toEqual(["C: branch coverage 50 % < 60 % (worst: C.M 1/2)"]);
    expect(belowMinCoverage(merged, 100)).toEqual([]);
  });
});
