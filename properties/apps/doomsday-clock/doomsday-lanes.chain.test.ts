import { describe, expect, it } from "vitest";
import { useEngine, useJudgedPair } from "../../../neo-express/test-support/lane-sessions.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { doomsdayDifferential } from "./doomsday-differential.js";

const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app doomsday-clock --seed ${seed} --path ${path}`;

describe("DoomsdayClock on the engine lane", () => {
  const engine = useEngine();

  it("model ≡ engine at every step, each sequence on a restored fork of one world", async () => {
    const result = await runProperty(doomsdayDifferential(chainContext(engine()), 20), {
      numRuns: Number(process.env.DD_ENGINE_RUNS ?? 200), seed: Number(process.env.DD_SEED ?? 1), replayCommand, lanes: ["engine"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 6000));
    console.log(`engine lane: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms (${Math.round(result.steps / (result.durationMs / 1000))} steps/s)`);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});

describe("DoomsdayClock lane equivalence (the judge stays neo-express)", () => {
  const pair = useJudgedPair();

  it("engine ≡ neo-express exactly (outcomes, GAS, fees, all notifications, storage, balances) and model ≡ engine, every step", async () => {
    const { engine, neoExpress } = pair();
    const result = await runProperty(doomsdayDifferential(chainContext(engine, projectContracts(), 1, neoExpress), 20), {
      numRuns: Number(process.env.DD_LANE_RUNS ?? 25), seed: Number(process.env.DD_SEED ?? 2), replayCommand, lanes: ["engine", "neo-express"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 6000));
    console.log(`lane equivalence: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
    expect(result.steps).toBeGreaterThan(result.numRuns * 5);
  }, 900_000);
});
