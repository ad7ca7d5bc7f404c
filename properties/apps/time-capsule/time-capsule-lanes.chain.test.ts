import { describe, expect, it } from "vitest";
import { useEngine, useJudgedPair } from "../../../neo-express/test-support/lane-sessions.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { timeCapsuleDifferential } from "./time-capsule-differential.js";

const contracts = () => projectContracts(builtContract("MiniAppTimeCapsule"), "time-capsule");
const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app time-capsule --seed ${seed} --path ${path}`;

describe("TimeCapsule on the engine lane", () => {
  const engine = useEngine();

  it("model ≡ engine at every step, each sequence on a restored fork of one world", async () => {
    const result = await runProperty(timeCapsuleDifferential(chainContext(engine(), contracts()), 20), {
      numRuns: Number(process.env.TC_ENGINE_RUNS ?? 40), seed: Number(process.env.TC_SEED ?? 1), replayCommand, lanes: ["engine"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 6000));
    console.log(`engine lane: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});

describe("TimeCapsule lane equivalence (the judge stays neo-express)", () => {
  const pair = useJudgedPair();

  it("engine ≡ neo-express exactly (outcomes, GAS, fees, all notifications, storage, balances) and model ≡ engine, every step", async () => {
    const { engine, neoExpress } = pair();
    const result = await runProperty(timeCapsuleDifferential(chainContext(engine, contracts(), 1, neoExpress), 20), {
      numRuns: Number(process.env.TC_LANE_RUNS ?? 4), seed: Number(process.env.TC_SEED ?? 2), replayCommand, lanes: ["engine", "neo-express"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 6000));
    console.log(`lane equivalence: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
    expect(result.steps).toBeGreaterThan(result.numRuns * 5);
  }, 900_000);
});
