import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { neoGachaContracts, neoGachaReplay } from "./neo-gacha-contracts.js";
import { neoGachaDifferential } from "./neo-gacha-differential.js";

describe("NeoGacha: model ≡ neo-express on generated sequences", () => {
  const session = useChain();

  it("agrees at every step, the chain-alone invariants hold", async () => {
    const { driver } = session();
    const result = await runProperty(neoGachaDifferential(chainContext(driver, neoGachaContracts()), 8), {
      numRuns: Number(process.env.NG_RUNS ?? 1), seed: Number(process.env.NG_SEED ?? 3), replayCommand: neoGachaReplay(),
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    if (process.env.NG_COVERAGE) console.log(result.coverage, result.steps, result.durationMs);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});
