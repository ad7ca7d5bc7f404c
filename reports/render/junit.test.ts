import { describe, expect, it } from "vitest";
import { sampleSummary } from "../test-support/sample-summary.js";
import { renderJunit } from "./junit.js";

describe("renderJunit", () => {
  it("has a suite per app with properties and GAS pairs, failures carrying the replay line", () => {
    const xml = renderJunit(sampleSummary());
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('<testsuites name="miniapp-verify" tests="5" failures="2" errors="0" skipped="1">');
    expect(xml).toContain('<testsuite name="doomsday-clock" tests="4" failures="2"');
    expect(xml).toContain('<failure message="counterexample of 3 steps" type="PropertyFailed">');
    expect(xml).toContain("replay: npx miniapp-verify replay --app doomsday-clock --property DD-P2");
    expect(xml).toContain('type="GasRegression"');
    expect(xml).toContain("calculateKeyCost/n=1000: 0.01092450 → 0.01108530 GAS");
    expect(xml).toContain("<skipped/>");
  });

  it("turns harness errors into errored test cases, so CI is red even with no property", () => {
    const s = { ...sampleSummary(), properties: [], gas: [], errors: [{ code: "CHAIN_EXITED", message: "neo-express died" }], exitCode: 3 };
    const xml = renderJunit(s);
    expect(xml).toContain('<testsuite name="harness" tests="1" failures="0" errors="1"');
    expect(xml).toContain('<error message="neo-express died" type="CHAIN_EXITED"/>');
  });
});
