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

  // The one other test that waits for wall-clock blocks: neo-express's dBFT makes a block after
  // 15 s idle, which only neo-express has; the engine must copy it before the lanes can agree.
  it("still agree after neo-express made blocks of its own while idle", async () => {
    const { engine, neoExpress } = pair();
    const before = neoExpress.blocks.foreignBlocks.length;
    await new Promise((resolve) => setTimeout(resolve, 16_500));
    const result = await runProperty(doomsdayDifferential(chainContext(engine, projectContracts(), 1_000, neoExpress), 10), {
      numRuns: 3, seed: 7, replayCommand, lanes: ["engine", "neo-express"],
    });
    expect(result.verdict, result.error).toBe("pass");
    expect(neoExpress.blocks.foreignBlocks.length).toBeGreaterThan(before);
    expect(engine.height).toBe(neoExpress.tip.index);
  }, 300_000);
});
