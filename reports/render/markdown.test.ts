import { describe, expect, it } from "vitest";
import { sampleSummary } from "../test-support/sample-summary.js";
import { renderMarkdown } from "./markdown.js";

describe("renderMarkdown", () => {
  const md = renderMarkdown(sampleSummary());

  it("heads with the run's outcome and one verdict row per property", () => {
    expect(md.split("\n")[0]).toBe("## miniapp-verify: FAIL (exit 1)");
    expect(md).toMatch(/\| doomsday-clock \| DD-P1 .* \| ✅ pass \| 1834913217 \|/);
    expect(md).toMatch(/\| doomsday-clock \| DD-P2 .* \| ❌ fail \| -702117489 \|/);
    expect(md).toMatch(/\| coin-flip \| G8 .* \| ⏭️ skipped \|/);
  });

  it("shows the failure as its numbered call sequence, classified differences and replay command", () => {
    expect(md).toContain("1. `startNewRound()` — both HALT → null");
    expect(md).toContain('3. `buyKeysWithCost(u2, 1, cost=10030000, receipt=2)` — model HALT → null, chain FAULT "cost mismatch"');
    expect(md).toContain("   - missing on chain `notifications[0]`: model `KeysPurchased(u2, 1, 9528500, 1)`");
    expect(md).toContain("   - missing in model `message`: chain `cost mismatch`");
    expect(md).toContain("```sh\nnpx miniapp-verify replay --app doomsday-clock --property DD-P2 --seed -702117489 --path 36:2:0\n```");
    expect(md).not.toContain("### ✅");
  });

  it("has a GAS row per pair at the largest n, and the snapshot changes", () => {
    expect(md).toContain("| doomsday-clock | `buyKeysWithCost` | `buyKeys` | keyCount = 2000 | 0.06184215 | 3.75422040 | constant / linear | ✅ pass |");
    expect(md).toContain("- `doomsday-clock: calculateKeyCost/n=1000`: 1092450 → 1108530 (+1.47 %)");
  });

  it("lists only the snapshot points that changed, and counts the others (as forge snapshot --diff)", () => {
    const s = sampleSummary();
    const pair = s.gas[1]!;
    s.gas[1] = { ...pair, snapshotDiff: [...pair.snapshotDiff, { key: "buyKeys/n=1", old: "63501380", new: "63501380" }, { key: "buyKeys/n=10", old: "7", new: "7" }] };
    const out = renderMarkdown(s);
    expect(out).toContain("Snapshot changes (datoshi); 2 points unchanged:");
    expect(out).not.toContain("buyKeys/n=1`");
    s.gas[1] = { ...pair, snapshotDiff: [{ key: "buyKeys/n=1", old: "63501380", new: "63501380" }] };
    expect(renderMarkdown(s)).toContain("GAS snapshot: 1 point, all unchanged.");
  });

  it("names the lanes of a lane mismatch and shows neo-express's outcome beside the engine's", () => {
    const s = sampleSummary();
    const step = s.properties.find((p) => p.counterexample)!.counterexample!.steps[2]!;
    step.neoExpress = { ...step.chain, result: "judged" };
    step.differences = [{ kind: "lane-mismatch", field: "gasConsumed", engine: "1001", chain: "1000" }];
    const out = renderMarkdown(s);
    expect(out).toContain("; neo-express FAULT \"judged\"");
    expect(out).toContain("   - lane mismatch `gasConsumed`: engine `1001`, neo-express `1000`");
  });

  it("escapes table pipes and lists harness errors", () => {
    const s = sampleSummary();
    s.properties[0]!.title = "a | b";
    s.errors.push({ code: "CHAIN_EXITED", message: "neo-express exited with code 134" });
    const out = renderMarkdown(s);
    expect(out).toContain("DD-P1 a \\| b");
    expect(out).toContain("### Harness errors\n\n- `CHAIN_EXITED`: neo-express exited with code 134");
  });
});

describe("renderMarkdown on a large run", () => {
  it("stays within a PR comment and counts the failures it leaves out", () => {
    const s = sampleSummary();
    const fail = s.properties[1]!;
    s.properties = Array.from({ length: 200 }, (_, i) => ({ ...fail, property: `X-P${i}` }));
    const md = renderMarkdown(s);
    expect(md.length).toBeLessThan(65_536);
    expect(md).toMatch(/…and \d+ more failures: see the HTML report or run\.json\./);
    expect(md).toContain("| doomsday-clock | X-P199 ");
  });
});
