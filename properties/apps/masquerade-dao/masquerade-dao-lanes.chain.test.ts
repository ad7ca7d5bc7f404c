import { describe, expect, it } from "vitest";
import { useEngine, useJudgedPair } from "../../../neo-express/test-support/lane-sessions.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { masqueradeDaoDifferential } from "./masquerade-dao-differential.js";

const contracts = () => projectContracts(builtContract("MiniAppMasqueradeDAO"), "masquerade-dao");
const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app masquerade-dao --seed ${seed} --path ${path}`;

describe("MasqueradeDAO on the engine lane", () => {
  const engine = useEngine();

  it("model ≡ engine at every step (MD-P1…P9, G1–G9), each sequence on a restored fork of one world", async () => {
    const result = await runProperty(masqueradeDaoDifferential(chainContext(engine(), contracts()), 20), {
      numRuns: Number(process.env.MD_ENGINE_RUNS ?? 10), seed: Number(process.env.MD_SEED ?? 1), replayCommand, lanes: ["engine"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    if (process.env.MD_COVERAGE) console.log(JSON.stringify(result.coverage));
    console.log(`engine lane: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});

describe("MasqueradeDAO lane equivalence (the judge stays neo-express)", () => {
  const pair = useJudgedPair();

  it("engine ≡ neo-express exactly (outcomes, GAS, fees, all notifications, storage, balances) and model ≡ engine, every step", async () => {
    const { engine, neoExpress } = pair();
    const result = await runProperty(masqueradeDaoDifferential(chainContext(engine, contracts(), 1, neoExpress), 12), {
      numRuns: Number(process.env.MD_LANE_RUNS ?? 2), seed: Number(process.env.MD_SEED ?? 10), replayCommand, lanes: ["engine", "neo-express"],
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`lane equivalence: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
    expect(result.steps).toBeGreaterThan(result.numRuns * 5);
  }, 900_000);
});
