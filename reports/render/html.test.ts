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

  it("escapes values from the run", () => {
    const t = sampleSummary();
    t.properties[0]!.title = "<img onerror=x>";
    expect(renderHtml(t)).toContain("&lt;img onerror=x&gt;");
  });

  it("renders the same bytes twice (the chart is deterministic)", () => {
    expect(renderHtml(s)).toBe(html);
  });
});
