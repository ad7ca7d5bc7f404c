import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { coinFlipContracts, coinFlipReplay } from "../../test-support/coin-flip-context.js";
import { coinFlipDifferential } from "./coin-flip-differential.js";

const replayCommand = coinFlipReplay();

describe("CoinFlip: model ≡ chain on generated sequences", () => {
  const session = useChain();

  it("agrees at every step, the chain-alone invariants hold", async () => {
    const result = await runProperty(coinFlipDifferential(chainContext(session().driver, coinFlipContracts()), 15), {
      numRuns: Number(process.env.CF_RUNS ?? 3), seed: Number(process.env.CF_SEED ?? 1), replayCommand,
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`coin-flip: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});
