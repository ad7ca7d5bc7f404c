import { describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { benchGas } from "./bench-gas-run.js";
import { gasBaseline } from "./gas-baseline.js";
import { sweepStartTime } from "./run-gas-sweep.js";

// NeoGacha's committed baseline in `npm test`, on n = 1 and 10 items (n = 100 takes 200 set-up
// blocks: `npm run bench:gas:check` and verify's GAS gate measure it), tolerance 0. The deprecated
// loops run on their worst case, the roll forced to the last item (README G10).
describe("the committed GAS snapshot of NeoGacha", () => {
  const session = useChain();

  it("is not exceeded by a single datoshi; the four hybrids constant, the deprecated loops linear", async () => {
    const run = await benchGas(session().driver, {
      mode: "check", apps: ["neo-gacha"], points: [1, 10], toleranceBps: 0, appFiles: new Map(), baseline: gasBaseline(undefined, true), requireBaseline: true,
    }, sweepStartTime(BigInt(Date.now())));
    expect(run.exitCode, `${run.report.join("\n")}\n\nif the increase is intended: npm run bench:gas:update, and commit gas/snapshots/`).toBe(0);
    expect(run.checks[0]!.entries.filter((e) => e.status !== "same")).toEqual([]);
    expect(run.checks[0]!.entries).toHaveLength(16);
    expect(run.pairs.every((p) => p.hybridFit.class === "constant" && p.deprecatedFit.class === "linear")).toBe(true);
  }, 180_000);
});
