import { describe, expect, it } from "vitest";
import { useEngine, useJudgedPair } from "../../../neo-express/test-support/lane-sessions.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { neoGachaDifferential } from "./neo-gacha-differential.js";
import { neoGachaContracts, neoGachaReplay } from "./neo-gacha-contracts.js";

describe("NeoGacha on the engine lane", () => {
  const engine = useEngine();

  it("model ≡ engine at every step, each sequence on a restored fork of one world", async () => {
    const result = await runProperty(neoGachaDifferential(chainContext(engine(), neoGachaContracts()), 20), {
      numRuns: Number(process.env.NG_ENGINE_RUNS ?? 4), seed: Number(process.env.NG_SEED ?? 1), replayCommand: neoGachaReplay("engine"), lanes: ["engine"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    if (process.env.NG_COVERAGE) console.log(JSON.stringify(result.coverage, null, 1));
    console.log(`engine lane: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});

// NeoGacha's model ≡ neo-express in CI is this test's: the lane equivalence compares model ≡ engine and
// engine ≡ neo-express exactly at every step (a separate neo-express-only run repeated it on worlds of its own).
describe("NeoGacha lane equivalence (the judge stays neo-express)", () => {
  const pair = useJudgedPair();

  it("engine ≡ neo-express exactly and model ≡ engine, every step", async () => {
    const { engine, neoExpress } = pair();
    const result = await runProperty(neoGachaDifferential(chainContext(engine, neoGachaContracts(), 1, neoExpress), 10), {
      numRuns: Number(process.env.NG_LANE_RUNS ?? 2), seed: Number(process.env.NG_SEED ?? 2), replayCommand: neoGachaReplay(), lanes: ["engine", "neo-express"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    expect(result.verdict).toBe("pass");
    expect(result.steps).toBeGreaterThan(result.numRuns * 5);
  }, 600_000);
});
