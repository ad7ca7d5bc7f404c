import { describe, expect, it } from "vitest";
import { sampleSummary } from "../test-support/sample-summary.js";
import { renderJson } from "./json.js";

describe("renderJson", () => {
  it("round-trips the summary with keys sorted at every level", () => {
    const s = sampleSummary();
    const text = renderJson(s);
    expect(JSON.parse(text)).toEqual(s);
    expect(Object.keys(JSON.parse(text))).toEqual([...Object.keys(s)].sort());
    expect(text.indexOf('"chain"')).toBeLessThan(text.indexOf('"contracts"'));
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("gives the same bytes whatever order the producer built its objects in", () => {
    const s = sampleSummary();
    const reversed = JSON.parse(JSON.stringify(s), (_k, v) =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v);
    expect(renderJson(reversed)).toBe(renderJson(s));
  });

  it("refuses a summary that breaks the schema", () => {
    const s = { ...sampleSummary(), exitCode: "1" } as unknown as Parameters<typeof renderJson>[0];
    expect(() => renderJson(s)).toThrow(/exitCode/);
  });
});
