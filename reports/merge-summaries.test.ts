import { describe, expect, it } from "vitest";
import { mergeSummaries } from "./merge-summaries.js";
import { sampleSummary } from "./test-support/sample-summary.js";
import type { RunSummary } from "./run-summary.js";

function shard(index: number, patch: Partial<RunSummary>): RunSummary {
  return { ...sampleSummary(), shard: { index, count: 2 }, ...patch };
}

describe("mergeSummaries", () => {
  it("concatenates properties, GAS and errors in shard order, contracts once, worst exit code", () => {
    const a = shard(1, { exitCode: 0, properties: sampleSummary().properties.slice(0, 1), gas: [], errors: [], startedAt: "2026-11-30T14:00:00.000Z", finishedAt: "2026-11-30T14:05:00.000Z", durationMs: 300_000 });
    const b = shard(2, { exitCode: 3, errors: [{ code: "CHAIN_EXITED", message: "died" }], startedAt: "2026-11-30T14:01:00.000Z", finishedAt: "2026-11-30T14:09:00.000Z", durationMs: 480_000 });
    const m = mergeSummaries([b, a]);
    expect(m.properties.map((p) => p.property)).toEqual(["DD-P1", "DD-P1", "DD-P2", "G8"]);
    expect(m.gas).toHaveLength(2);
    expect(m.contracts).toHaveLength(2);
    expect(m.errors).toEqual([{ code: "CHAIN_EXITED", message: "died" }]);
    expect(m.exitCode).toBe(3);
    expect(m.startedAt).toBe("2026-11-30T14:00:00.000Z");
    expect(m.finishedAt).toBe("2026-11-30T14:09:00.000Z");
    expect(m.durationMs).toBe(540_000);
    expect(m.shard).toBeUndefined();
  });

  it("orders exit codes 3 > 2 > 1 > 0", () => {
    const codes = (xs: number[]) => mergeSummaries(xs.map((c, i) => shard(i + 1, { exitCode: c }))).exitCode;
    expect(codes([0, 1, 0])).toBe(1);
    expect(codes([1, 2])).toBe(2);
    expect(codes([2, 3, 1])).toBe(3);
    expect(codes([0, 0])).toBe(0);
  });

  it("records a shard from another tool version as an error and never passes", () => {
    const a = shard(1, { exitCode: 0 });
    const b = shard(2, { exitCode: 0, tool: { ...a.tool, version: "0.2.0" } });
    const m = mergeSummaries([a, b]);
    expect(m.errors.at(-1)?.code).toBe("SHARD_MISMATCH");
    expect(m.exitCode).toBe(2);
  });
});
