import { describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { checkCommittedSnapshot } from "./test-support/check-committed-snapshot.js";

// CompoundCapsule's committed baseline in `npm test`, on n = 1 and 1,000 NEO, tolerance 0 (GAS is
// deterministic): both pairs O(1) on both sides (compound-capsule.md "Hybrid ↔ legacy pairs").
describe("the committed GAS snapshot of CompoundCapsule", () => {
  const session = useChain();

  it("is not exceeded by a single datoshi; unlock and early withdrawal constant on both paths, storage identical", async () => {
    const run = await checkCommittedSnapshot(session().driver, "compound-capsule", [1, 1000]);
    expect(run.checks[0]!.entries).toHaveLength(8);
    expect(run.checks[0]!.entries.every((e) => e.status === "same" || e.status === "improvement")).toBe(true);
    // CC-P3 "identical storage": each pair's paths left the same bytes, world addresses aside.
    expect(run.sweep.pairs.map((p) => p.sameStorage)).toEqual([[true, true], [true, true]]);
    expect(run.pairs.every((p) => p.hybridFit.class === "constant" && p.deprecatedFit.class === "constant")).toBe(true);
  }, 180_000);
});
