import { describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { benchGas } from "./bench-gas-run.js";
import { gasBaseline } from "./gas-baseline.js";
import { sweepStartTime } from "./run-gas-sweep.js";

// Lottery's committed baseline in `npm test`, on n = 3 and 4 only (a draw needs 3 players; n = 500
// takes 1,000 set-up blocks: `npm run bench:gas:check` and verify's GAS gate measure the full
// sweep), tolerance 0.
describe("the committed GAS snapshot of Lottery", () => {
  const session = useChain();

  it("is not exceeded by a single datoshi on the winner walk's worst case, the O(1) sides constant, the O(n) sides linear", async () => {
    const run = await benchGas(session().driver, {
      mode: "check", apps: ["lottery"], points: [3, 4], toleranceBps: 0, appFiles: new Map(), baseline: gasBaseline(undefined, true), requireBaseline: true,
    }, sweepStartTime(BigInt(Date.now())));
    expect(run.exitCode, `${run.report.join("\n")}\n\nif the increase is intended: npm run bench:gas:update, and commit gas/snapshots/`).toBe(0);
    expect(run.checks[0]!.entries.filter((e) => e.status !== "same")).toEqual([]);
    // 7 methods (settleRoundOptimized is the hybrid of two pairs) × 2 points.
    expect(run.checks[0]!.entries).toHaveLength(14);
    // LO-P3 "identical app storage": settleRoundOptimized and onServiceCallback left the same bytes, world addresses aside.
    expect(run.sweep.pairs[0]!.sameStorage).toEqual([true, true]);
    expect(run.pairs.every((p) => p.hybridFit.class === "constant" && p.deprecatedFit.class === "linear")).toBe(true);
  }, 180_000);
});
