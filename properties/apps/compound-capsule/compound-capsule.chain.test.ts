import { describe, expect, it } from "vitest";
import { useJudgedPair } from "../../../neo-express/test-support/lane-sessions.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { compoundCapsuleDifferential } from "./compound-capsule-differential.js";

const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app compound-capsule --seed ${seed} --path ${path}`;
const contracts = () => projectContracts(builtContract("MiniAppCompoundCapsule"), "compound-capsule");

/**
 * CompoundCapsule in CI, on one judged pair: first every step on both lanes (neo-express judges),
 * then more sequences on the engine alone. The default budget runs in `npm run verify` (the
 * catalog's CC-differential and CC-lane-equivalence).
 */
describe("CompoundCapsule: model ≡ chain on generated sequences", () => {
  const pair = useJudgedPair();

  it("engine ≡ neo-express exactly and model ≡ engine, every step, NEO witness scopes and unlock boundaries included (CC-lane-equivalence)", async () => {
    const { engine, neoExpress } = pair();
    const result = await runProperty(compoundCapsuleDifferential(chainContext(engine, contracts(), 1, neoExpress), 14), {
      numRuns: Number(process.env.CC_LANE_RUNS ?? 3), seed: Number(process.env.CC_SEED ?? 2), replayCommand, lanes: ["engine", "neo-express"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 6000));
    console.log(`lane equivalence: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
    expect(result.steps).toBeGreaterThan(result.numRuns * 5);
  }, 900_000);

  it("model ≡ engine at every step (CC-P1…P7, G1–G9; CC-P4, CC-P5, CC-P6 and G7 from the chain alone)", async () => {
    const result = await runProperty(compoundCapsuleDifferential(chainContext(pair().engine, contracts(), 100), 20), {
      numRuns: Number(process.env.CC_ENGINE_RUNS ?? 25), seed: Number(process.env.CC_SEED ?? 1), replayCommand, lanes: ["engine"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    if (process.env.CC_COVERAGE) console.log(JSON.stringify(result.coverage));
    console.log(`engine lane: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 900_000);
});
