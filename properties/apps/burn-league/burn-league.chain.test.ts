import { describe, expect, it } from "vitest";
import { useJudgedPair } from "../../../neo-express/test-support/lane-sessions.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { burnLeagueDifferential } from "./burn-league-differential.js";

const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app burn-league --seed ${seed} --path ${path}`;
const contracts = () => projectContracts(builtContract("MiniAppBurnLeague"), "burn-league");

/**
 * BurnLeague in CI, on one judged pair: first every step on both lanes (neo-express judges), then
 * more sequences on the engine alone. The default budget runs in `npm run verify` (the catalog's
 * BL-differential and BL-lane-equivalence).
 */
describe("BurnLeague: model ≡ chain on generated sequences", () => {
  const pair = useJudgedPair();

  it("engine ≡ neo-express exactly and model ≡ engine, every step, seasons and window boundaries included (BL-lane-equivalence)", async () => {
    const { engine, neoExpress } = pair();
    const result = await runProperty(burnLeagueDifferential(chainContext(engine, contracts(), 1, neoExpress), 10), {
      numRuns: Number(process.env.BL_LANE_RUNS ?? 2), seed: Number(process.env.BL_SEED ?? 2), replayCommand, lanes: ["engine", "neo-express"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 6000));
    console.log(`lane equivalence: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
    expect(result.steps).toBeGreaterThan(result.numRuns * 5);
  }, 900_000);

  it("model ≡ engine at every step (BL-P1…P4, BL-P7, G1–G9; BL-P5, BL-P6 and G7 from the chain alone)", async () => {
    const result = await runProperty(burnLeagueDifferential(chainContext(pair().engine, contracts(), 100), 15), {
      numRuns: Number(process.env.BL_ENGINE_RUNS ?? 20), seed: Number(process.env.BL_SEED ?? 1), replayCommand, lanes: ["engine"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`engine lane: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 900_000);
});
