import { describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { benchGas } from "./bench-gas-run.js";
import { gasBaseline } from "./gas-baseline.js";
import { sweepStartTime } from "./run-gas-sweep.js";

// OnChainTarot's committed baseline in `npm test`, on n = 1 and 4 (the first and last spread),
// tolerance 0: both opening halves constant (the app file's pair is O(1) on both sides).
describe("the committed GAS snapshot of OnChainTarot", () => {
  const session = useChain();

  it("is not exceeded by a single datoshi; initiateReading and requestReading both constant", async () => {
    const run = await benchGas(session().driver, {
      mode: "check", apps: ["on-chain-tarot"], points: [1, 4], toleranceBps: 0, appFiles: new Map(), baseline: gasBaseline(undefined, true), requireBaseline: true,
    }, sweepStartTime(BigInt(Date.now())));
    expect(run.exitCode, `${run.report.join("\n")}\n\nif the increase is intended: npm run bench:gas:update, and commit gas/snapshots/`).toBe(0);
    expect(run.checks[0]!.entries.filter((e) => e.status !== "same")).toEqual([]);
    expect(run.checks[0]!.entries).toHaveLength(4);
    expect(run.pairs.every((p) => p.hybridFit.class === "constant" && p.deprecatedFit.class === "constant")).toBe(true);
  }, 180_000);
});
