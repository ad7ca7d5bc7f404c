import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { lotteryContracts } from "./lottery-contracts.js";
import { lotteryDifferential } from "./lottery-differential.js";

const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app lottery --seed ${seed} --path ${path}`;

describe("Lottery: model ≡ chain on generated sequences", () => {
  const session = useChain();

  it("agrees at every step", async () => {
    const { driver } = session();
    const result = await runProperty(lotteryDifferential(chainContext(driver, lotteryContracts()), 6), {
      numRuns: Number(process.env.LO_RUNS ?? 2), seed: Number(process.env.LO_SEED ?? 1), replayCommand,
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    if (process.env.LO_COVERAGE) console.log(result.coverage, result.steps, result.durationMs);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});
