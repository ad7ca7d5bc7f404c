import { describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { checkCommittedSnapshot } from "./test-support/check-committed-snapshot.js";

// Lottery's committed baseline in `npm test`, on n = 3 and 4 only (a draw needs 3 players; n = 500
// takes 1,000 set-up blocks: `npm run bench:gas:check` and verify's GAS gate measure the full
// sweep), tolerance 0.
describe("the committed GAS snapshot of Lottery", () => {
  const session = useChain();

  it("is not exceeded by a single datoshi on the winner walk's worst case, the O(1) sides constant, the O(n) sides linear", async () => {
    const run = await checkCommittedSnapshot(session().driver, "lottery", [3, 4]);
    expect(run.checks[0]!.entries.filter((e) => e.status !== "same")).toEqual([]);
    // 7 methods (settleRoundOptimized is the hybrid of two pairs) × 2 points.
    expect(run.checks[0]!.entries).toHaveLength(14);
    // LO-P3 "identical app storage": settleRoundOptimized and onServiceCallback left the same bytes, world addresses aside.
    expect(run.sweep.pairs[0]!.sameStorage).toEqual([true, true]);
    expect(run.pairs.every((p) => p.hybridFit.class === "constant" && p.deprecatedFit.class === "linear")).toBe(true);
  }, 180_000);
});
