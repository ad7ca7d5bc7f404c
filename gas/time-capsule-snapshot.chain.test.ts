import { describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { checkCommittedSnapshot } from "./test-support/check-committed-snapshot.js";

// TimeCapsule's committed baseline in `npm test`, on n = 1 and 10 (n = 1,000 takes 2,000 set-up
// blocks: `npm run bench:gas:check` and verify's GAS gate measure it), tolerance 0.
describe("the committed GAS snapshot of TimeCapsule", () => {
  const session = useChain();

  it("is not exceeded by a single datoshi on the scan's worst case, fishWithId constant, fish linear", async () => {
    const run = await checkCommittedSnapshot(session().driver, "time-capsule", [1, 10]);
    expect(run.checks[0]!.entries.filter((e) => e.status !== "same")).toEqual([]);
    expect(run.checks[0]!.entries).toHaveLength(4);
    // TC-P2 "identical storage": fishWithId(n) and fish left the same bytes, world addresses aside.
    expect(run.sweep.pairs[0]!.sameStorage).toEqual([true, true]);
    expect(run.pairs.every((p) => p.hybridFit.class === "constant" && p.deprecatedFit.class === "linear")).toBe(true);
  }, 180_000);
});
