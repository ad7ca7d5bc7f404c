import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { doomsdayDifferential } from "./doomsday-differential.js";

describe("DoomsdayClock: model ≡ chain on generated sequences", () => {
  const session = useChain();

  it("agrees at every step", async () => {
    const { driver } = session();
    const result = await runProperty(doomsdayDifferential(chainContext(driver), 20), {
      numRuns: Number(process.env.DD_RUNS ?? 50), seed: Number(process.env.DD_SEED ?? 1),
      replayCommand: (seed, path) => `npx miniapp-verify replay --app doomsday-clock --seed ${seed} --path ${path}`,
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 6000));
    if (process.env.DD_COVERAGE) console.log(result.coverage, result.steps, result.durationMs);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});
