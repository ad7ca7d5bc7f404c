import { afterAll, describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { benchGas } from "./bench-gas-run.js";
import { compileCostlierDoomsdayClock } from "./costlier-variant.js";
import { gasBaseline } from "./gas-baseline.js";
import { sweepStartTime } from "./run-gas-sweep.js";

describe("the GAS check against a deliberately costlier DoomsdayClock", () => {
  // Compiles while the chain starts.
  const variant = compileCostlierDoomsdayClock();
  variant.catch(() => undefined);
  const session = useChain();
  afterAll(async () => (await variant.catch(() => undefined))?.remove());

  it("exits 1: buyKeysWithCost regressed beyond the tolerance and is no longer constant", async () => {
    const { files } = await variant;
    const run = await benchGas(session().driver, {
      mode: "check", apps: ["doomsday-clock"], points: [1, 2000], toleranceBps: 100,
      appFiles: new Map([["doomsday-clock", files]]), baseline: gasBaseline(undefined, true), requireBaseline: true,
    }, sweepStartTime(BigInt(Date.now())));
    const [check] = run.checks;
    expect(run.exitCode).toBe(1);
    expect(check!.hybridNotConstant).toEqual(["buyKeysWithCost"]);
    expect(check!.entries.find((e) => e.key === "buyKeysWithCost/n=2000")).toMatchObject({ status: "regression" });
    // Only the patched path regressed: the others cost what the baseline says (or less, after a compiler improvement).
    for (const key of ["buyKeys/n=1", "buyKeys/n=2000", "calculateKeyCost/n=2000", "calculateKeyCostLoop/n=2000"]) {
      expect(["same", "improvement"]).toContain(check!.entries.find((e) => e.key === key)?.status);
    }
    expect(run.pairs.find((p) => p.hybrid === "buyKeysWithCost")).toMatchObject({ verdict: "regression", hybridFit: { class: "linear" } });
    expect(run.report.join("\n")).toMatch(/buyKeysWithCost\/n=2000: \d+ → \d+ \(\+[\d.]+ %\)  regression/);
  }, 90_000);
});
