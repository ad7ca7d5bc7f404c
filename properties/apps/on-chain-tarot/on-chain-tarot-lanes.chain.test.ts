import { describe, expect, it } from "vitest";
import { useEngine, useJudgedPair } from "../../../neo-express/test-support/lane-sessions.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { tarotContracts, tarotReplay } from "../../test-support/on-chain-tarot-context.js";
import { tarotDifferential } from "./on-chain-tarot-differential.js";

const replayCommand = tarotReplay();

describe("OnChainTarot on the engine lane", () => {
  const engine = useEngine();

  it("model ≡ engine at every step, the chain-alone invariants hold", async () => {
    const result = await runProperty(tarotDifferential(chainContext(engine(), tarotContracts()), 25), {
      numRuns: Number(process.env.TA_ENGINE_RUNS ?? 12), seed: Number(process.env.TA_SEED ?? 1), replayCommand, lanes: ["engine"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`on-chain-tarot engine lane: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    if (process.env.TA_COVERAGE) console.log(result.coverage);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});

describe("OnChainTarot lane equivalence (the judge stays neo-express)", () => {
  const pair = useJudgedPair();

  it("engine ≡ neo-express exactly and model ≡ engine, every step", async () => {
    const { engine, neoExpress } = pair();
    const result = await runProperty(tarotDifferential(chainContext(engine, tarotContracts(), 1, neoExpress), 12), {
      numRuns: Number(process.env.TA_LANE_RUNS ?? 2), seed: Number(process.env.TA_SEED ?? 2), replayCommand, lanes: ["engine", "neo-express"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`on-chain-tarot lane equivalence: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});
