import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { probeDifferential } from "./probe-differential.js";

describe("DevPack base classes: model ≡ chain on generated sequences (issue #5)", () => {
  const session = useChain();

  it("agrees at every step", async () => {
    const contracts = projectContracts(builtContract("MiniAppBaseProbe"), "base-probe");
    const result = await runProperty(probeDifferential(chainContext(session().driver, contracts), 20), {
      numRuns: Number(process.env.DP_RUNS ?? 100), seed: Number(process.env.DP_SEED ?? 5),
      replayCommand: (seed, path) => `npx miniapp-verify replay --app base-probe --seed ${seed} --path ${path}`,
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    if (process.env.DP_COVERAGE) console.log(result.coverage);
    console.log(`base classes: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 900_000);
});
