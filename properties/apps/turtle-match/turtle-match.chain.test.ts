import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { turtleMatchContracts, turtleMatchReplay } from "../../test-support/turtle-match-context.js";
import { turtleMatchDifferential } from "./turtle-match-differential.js";

const replayCommand = turtleMatchReplay();

describe("TurtleMatch: model ≡ chain on generated sequences (neo-express)", () => {
  const session = useChain();

  it("agrees at every step, the chain-alone invariants hold", async () => {
    const result = await runProperty(turtleMatchDifferential(chainContext(session().driver, turtleMatchContracts()), 12), {
      numRuns: Number(process.env.TM_RUNS ?? 2), seed: Number(process.env.TM_SEED ?? 1), replayCommand,
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`turtle-match: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});
