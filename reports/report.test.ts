import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../config/usage-error.js";
import { report } from "./report.js";
import { RunSummarySchema } from "./run-summary.js";
import { SAMPLE_RUN_PATH, sampleSummary } from "./test-support/sample-summary.js";

const tmp = () => mkdtempSync(join(tmpdir(), "report-"));

function thrown(f: () => unknown): UsageError {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error("expected a UsageError");
}

describe("report", () => {
  it("re-renders a saved run into the chosen formats", () => {
    const out = tmp();
    const r = report({ inputs: [SAMPLE_RUN_PATH], outDir: out, formats: ["json", "md"] });
    expect(r.written).toEqual([join(out, "run.json"), join(out, "report.md")]);
    expect(RunSummarySchema.parse(JSON.parse(readFileSync(join(out, "run.json"), "utf8")))).toEqual(sampleSummary());
  });

  it("merges shards' JSON into one summary, and its JSON re-renders to the same bytes", () => {
    const dir = tmp();
    const a = { ...sampleSummary(), shard: { index: 1, count: 2 }, exitCode: 0 };
    const b = { ...sampleSummary(), shard: { index: 2, count: 2 } };
    writeFileSync(join(dir, "a.json"), JSON.stringify(a));
    writeFileSync(join(dir, "b.json"), JSON.stringify(b));
    const r = report({ inputs: [join(dir, "a.json"), join(dir, "b.json")], outDir: join(dir, "out") });
    expect(r.summary.properties).toHaveLength(6);
    expect(r.summary.exitCode).toBe(1);
    expect(r.written).toHaveLength(5);
    const again = report({ inputs: [join(dir, "out", "run.json")], outDir: join(dir, "out2"), formats: ["json"] });
    expect(readFileSync(again.written[0]!, "utf8")).toBe(readFileSync(join(dir, "out", "run.json"), "utf8"));
  });

  it("names a missing file, bad JSON, a wrong field and an unknown format", () => {
    const dir = tmp();
    expect(thrown(() => report({ inputs: [join(dir, "none.json")], outDir: dir })).code).toBe("REPORT_INPUT_MISSING");
    writeFileSync(join(dir, "bad.json"), "{ not json");
    expect(thrown(() => report({ inputs: [join(dir, "bad.json")], outDir: dir })).code).toBe("REPORT_INPUT_INVALID");
    const wrong = sampleSummary() as unknown as { properties: { seed: unknown }[] };
    wrong.properties[1]!.seed = "7";
    writeFileSync(join(dir, "wrong.json"), JSON.stringify(wrong));
    const e = thrown(() => report({ inputs: [join(dir, "wrong.json")], outDir: dir }));
    expect(e.code).toBe("REPORT_INPUT_INVALID");
    expect(e.message).toContain("properties[1].seed: Invalid input: expected number, received string");
    expect(thrown(() => report({ inputs: [SAMPLE_RUN_PATH], outDir: dir, formats: ["pdf"] })).code).toBe("REPORT_FORMAT_UNKNOWN");
  });
});
