import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { timeCapsuleDifferential } from "./time-capsule-differential.js";

const contracts = () => projectContracts(builtContract("MiniAppTimeCapsule"), "time-capsule");

describe("TimeCapsule: model ≡ chain on generated sequences", () => {
  const session = useChain();

  it("agrees at every step (TC-P1…P6, G1–G9)", async () => {
    const result = await runProperty(timeCapsuleDifferential(chainContext(session().driver, contracts()), 20), {
      numRuns: Number(process.env.TC_RUNS ?? 5), seed: Number(process.env.TC_SEED ?? 1),
      replayCommand: (seed, path) => `npx miniapp-verify replay --app time-capsule --seed ${seed} --path ${path}`,
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    if (process.env.TC_COVERAGE) console.log(JSON.stringify(result.coverage), result.steps, result.durationMs);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});
