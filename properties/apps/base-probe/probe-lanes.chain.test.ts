import { describe, expect, it } from "vitest";
import { useEngine, useJudgedPair } from "../../../neo-express/test-support/lane-sessions.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { probeDifferential } from "./probe-differential.js";

const contracts = () => projectContracts(builtContract("MiniAppBaseProbe"), "base-probe");
const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app base-probe --seed ${seed} --path ${path}`;

describe("DevPack base classes on the engine lane", () => {
  const engine = useEngine();

  it("model ≡ engine at every step", async () => {
    const result = await runProperty(probeDifferential(chainContext(engine(), contracts()), 20), {
      numRuns: Number(process.env.DP_ENGINE_RUNS ?? 200), seed: Number(process.env.DP_SEED ?? 5), replayCommand, lanes: ["engine"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 6000));
    console.log(`base classes, engine lane: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});

describe("DevPack base classes lane equivalence (the judge stays neo-express)", () => {
  const pair = useJudgedPair();

  it("engine ≡ neo-express exactly and model ≡ engine, every step", async () => {
    const { engine, neoExpress } = pair();
    const result = await runProperty(probeDifferential(chainContext(engine, contracts(), 1, neoExpress), 20), {
      numRuns: Number(process.env.DP_LANE_RUNS ?? 25), seed: Number(process.env.DP_SEED ?? 6), replayCommand, lanes: ["engine", "neo-express"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 6000));
    console.log(`base classes, lane equivalence: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 900_000);
});
