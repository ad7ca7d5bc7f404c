import { describe, expect, it } from "vitest";
import { useJudgedPair } from "../../../neo-express/test-support/lane-sessions.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { dailyCheckinDifferential } from "./daily-checkin-differential.js";

const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app daily-checkin --seed ${seed} --path ${path}`;
const contracts = () => projectContracts(builtContract("MiniAppDailyCheckin"), "daily-checkin");

/**
 * DailyCheckin in CI, on one judged pair: first every step on both lanes (neo-express judges), then
 * more sequences on the engine alone. The default budget runs in `npm run verify` (the catalog's
 * DC-differential and DC-lane-equivalence).
 */
describe("DailyCheckin: model ≡ chain on generated sequences", () => {
  const pair = useJudgedPair();

  it("engine ≡ neo-express exactly and model ≡ engine, every step, day boundaries included (DC-lane-equivalence)", async () => {
    const { engine, neoExpress } = pair();
    const result = await runProperty(dailyCheckinDifferential(chainContext(engine, contracts(), 1, neoExpress), 12), {
      numRuns: Number(process.env.DC_LANE_RUNS ?? 3), seed: Number(process.env.DC_SEED ?? 2), replayCommand, lanes: ["engine", "neo-express"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 6000));
    console.log(`lane equivalence: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
    expect(result.steps).toBeGreaterThan(result.numRuns * 5);
  }, 900_000);

  it("model ≡ engine at every step (DC-P1…P7, G1–G9; DC-P5 and G7 from the chain alone)", async () => {
    const result = await runProperty(dailyCheckinDifferential(chainContext(pair().engine, contracts(), 100), 15), {
      numRuns: Number(process.env.DC_ENGINE_RUNS ?? 25), seed: Number(process.env.DC_SEED ?? 1), replayCommand, lanes: ["engine"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`engine lane: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 900_000);
});
