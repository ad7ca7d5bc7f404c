import { describe, expect, it } from "vitest";
import { sampleSummary } from "../test-support/sample-summary.js";
import { renderHtml } from "./html.js";

describe("renderHtml", () => {
  const s = sampleSummary();
  const html = renderHtml(s);

  it("is one self-contained file: no script, no external resource", () => {
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import/i);
    expect(html.startsWith("<!doctype html>")).toBe(true);
  });

  it("has verdicts, the counterexample with classified differences, GAS charts and provenance", () => {
    expect(html).toContain('<tr data-verdict="fail">');
    expect(html).toContain('id="cx-doomsday-clock-dd-p2"');
    expect(html.match(/<tr class="step/g)).toHaveLength(3);
    for (const k of ["missing on chain", "missing in model", "value mismatch"]) expect(html).toContain(k);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain("npx miniapp-verify replay --app doomsday-clock --property DD-P2 --seed -702117489 --path 36:2:0");
    for (const c of s.contracts) {
      expect(html).toContain(c.nefSha256);
      expect(html).toContain(c.manifestSha256);
    }
    expect(html).toContain(s.contracts[1]!.scripts[0]!.sha256);
    expect(html).toContain("exec fee factor 30");
    expect(html).toContain("neo-express 3.5.20");
  });

  it("lists only the snapshot points that changed, and counts the others (as the Markdown)", () => {
    const t = sampleSummary();
    const pair = t.gas[1]!;
    t.gas[1] = { ...pair, snapshotDiff: [...pair.snapshotDiff, { key: "buyKeys/n=1", old: "63501380", new: "63501380" }, { key: "buyKeys/n=10", old: "7", new: "7" }] };
    const out = renderHtml(t);
    expect(out).toContain("Snapshot changes (datoshi); 2 points unchanged:");
    expect(out).not.toContain("<code>buyKeys/n=1</code>");
    t.gas[1] = { ...pair, snapshotDiff: [{ key: "buyKeys/n=1", old: "63501380", new: "63501380" }] };
    expect(renderHtml(t)).toContain("GAS snapshot: 1 point, all unchanged.");
  });

  it("shows a lane-equivalence failure with the engine and neo-express columns and the lanes of a mismatch", () => {
    const t = sampleSummary();
    const step = t.properties.find((p) => p.counterexample)!.counterexample!.steps[2]!;
    step.neoExpress = { ...step.chain, result: "judged" };
    step.differences = [{ kind: "lane-mismatch", field: "gasConsumed", engine: "1001", chain: "1000" }];
    const out = renderHtml(t);
    expect(out).toContain("<th>Engine</th><th>neo-express</th>");
    expect(out).toContain("judged");
    expect(out).toContain("lane mismatch</span> <code>gasConsumed</code>: engine <code>1001</code>, neo-express <code>1000</code>");
    expect(html).not.toContain("<th>neo-express</th>");
  });

  it("escapes values from the run", () => {
    const t = sampleSummary();
    t.properties[0]!.title = "<img onerror=x>";
    expect(renderHtml(t)).toContain("&lt;img onerror=x&gt;");
  });

  it("renders the same bytes twice (the chart is deterministic)", () => {
    expect(renderHtml(s)).toBe(html);
  });
});
