import { describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { benchGas } from "./bench-gas-run.js";
import { gasBaseline } from "./gas-baseline.js";
import { sweepStartTime } from "./run-gas-sweep.js";

// MasqueradeDAO's committed baseline in `npm test`, on n = 2 and 10 masks (n = 1,000 takes 2,000
// set-up blocks per pair: `npm run bench:gas:check` and verify's GAS gate measure it), tolerance 0.
describe("the committed GAS snapshot of MasqueradeDAO", () => {
  const session = useChain();

  it("is not exceeded by a single datoshi: voteWithCalculation and getCachedDelegatedPower constant, submitVote and getEffectiveVotingPower linear, both delegations constant", async () => {
    const run = await benchGas(session().driver, {
      mode: "check", apps: ["masquerade-dao"], points: [2, 10], toleranceBps: 0, appFiles: new Map(), baseline: gasBaseline(undefined, true), requireBaseline: true,
    }, sweepStartTime(BigInt(Date.now())));
    expect(run.exitCode, `${run.report.join("\n")}\n\nif the increase is intended: npm run bench:gas:update, and commit gas/snapshots/`).toBe(0);
    expect(run.checks[0]!.entries.filter((e) => e.status !== "same")).toEqual([]);
    expect(run.checks[0]!.entries).toHaveLength(12);
    // MD-P3 "identical storage": each pair's two paths left the same bytes, world addresses aside.
    expect(run.sweep.pairs.map((p) => p.sameStorage)).toEqual([[true, true], [true, true], [true, true]]);
    const classes = run.pairs.map((p) => `${p.hybridFit.class}/${p.deprecatedFit.class}`);
    expect(classes).toEqual(["constant/linear", "constant/linear", "constant/constant"]);
  }, 300_000);
});
