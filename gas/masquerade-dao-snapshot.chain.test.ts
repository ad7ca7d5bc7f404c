import { describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { checkCommittedSnapshot } from "./test-support/check-committed-snapshot.js";

// MasqueradeDAO's committed baseline in `npm test`, on n = 2 and 10 masks (n = 1,000 takes 2,000
// set-up blocks per pair: `npm run bench:gas:check` and verify's GAS gate measure it), tolerance 0.
describe("the committed GAS snapshot of MasqueradeDAO", () => {
  const session = useChain();

  it("is not exceeded by a single datoshi: voteWithCalculation and getCachedDelegatedPower constant, submitVote and getEffectiveVotingPower linear, both delegations constant", async () => {
    const run = await checkCommittedSnapshot(session().driver, "masquerade-dao", [2, 10]);
    expect(run.checks[0]!.entries.filter((e) => e.status !== "same")).toEqual([]);
    expect(run.checks[0]!.entries).toHaveLength(12);
    // MD-P3 "identical storage": each pair's two paths left the same bytes, world addresses aside.
    expect(run.sweep.pairs.map((p) => p.sameStorage)).toEqual([[true, true], [true, true], [true, true]]);
    const classes = run.pairs.map((p) => `${p.hybridFit.class}/${p.deprecatedFit.class}`);
    expect(classes).toEqual(["constant/linear", "constant/linear", "constant/constant"]);
  }, 300_000);
});
