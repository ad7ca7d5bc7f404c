import { describe, expect, it } from "vitest";
import { useEngine, useJudgedPair } from "../../../neo-express/test-support/lane-sessions.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { turtleMatchContracts, turtleMatchReplay } from "../../test-support/turtle-match-context.js";
import { turtleMatchDifferential } from "./turtle-match-differential.js";

const replayCommand = turtleMatchReplay();

describe("TurtleMatch on the engine lane", () => {
  const engine = useEngine();

  it("model ≡ engine at every step, the chain-alone invariants hold", async () => {
    const result = await runProperty(turtleMatchDifferential(chainContext(engine(), turtleMatchContracts()), 15), {
      numRuns: Number(process.env.TM_ENGINE_RUNS ?? 6), seed: Number(process.env.TM_SEED ?? 1), replayCommand, lanes: ["engine"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`turtle-match engine lane: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    if (process.env.TM_COVERAGE) console.log(result.coverage);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});

describe("TurtleMatch lane equivalence (the judge stays neo-express)", () => {
  const pair = useJudgedPair();

  it("engine ≡ neo-express exactly and model ≡ engine, every step", async () => {
    const { engine, neoExpress } = pair();
    const result = await runProperty(turtleMatchDifferential(chainContext(engine, turtleMatchContracts(), 1, neoExpress), 12), {
      numRuns: Number(process.env.TM_LANE_RUNS ?? 2), seed: Number(process.env.TM_SEED ?? 2), replayCommand, lanes: ["engine", "neo-express"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`turtle-match lane equivalence: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});
