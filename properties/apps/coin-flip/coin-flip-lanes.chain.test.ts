import { describe, expect, it } from "vitest";
import { useEngine, useJudgedPair } from "../../../neo-express/test-support/lane-sessions.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { coinFlipContracts, coinFlipReplay } from "../../test-support/coin-flip-context.js";

const replayCommand = coinFlipReplay();
import { coinFlipDifferential } from "./coin-flip-differential.js";

describe("CoinFlip on the engine lane", () => {
  const engine = useEngine();

  it("model ≡ engine at every step", async () => {
    const result = await runProperty(coinFlipDifferential(chainContext(engine(), coinFlipContracts()), 25), {
      numRuns: Number(process.env.CF_ENGINE_RUNS ?? 15), seed: Number(process.env.CF_SEED ?? 1), replayCommand, lanes: ["engine"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`coin-flip engine lane: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    if (process.env.CF_COVERAGE) console.log(result.coverage);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});

describe("CoinFlip lane equivalence (the judge stays neo-express)", () => {
  const pair = useJudgedPair();

  it("engine ≡ neo-express exactly and model ≡ engine, every step", async () => {
    const { engine, neoExpress } = pair();
    const result = await runProperty(coinFlipDifferential(chainContext(engine, coinFlipContracts(), 1, neoExpress), 15), {
      numRuns: Number(process.env.CF_LANE_RUNS ?? 2), seed: Number(process.env.CF_SEED ?? 2), replayCommand, lanes: ["engine", "neo-express"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`coin-flip lane equivalence: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});
