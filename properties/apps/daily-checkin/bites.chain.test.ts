import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import type { ContractFiles } from "../../../neo-express/driver/contract-files.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { withUnbookedClaims, withWrongSeventhDayReward } from "../../test-support/broken-daily-checkin-models.js";
import type { LaneDriver } from "../../../neo-express/driver/lane.js";
import type { ChainContext } from "../../harness/chain-context.js";
import { dailyCheckinDifferential } from "./daily-checkin-differential.js";

const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app daily-checkin --seed ${seed} --path ${path}`;
const context = (driver: LaneDriver, app: ContractFiles = builtContract("MiniAppDailyCheckin"), firstWorld = 1) =>
  chainContext(driver, projectContracts(app, "daily-checkin"), firstWorld);

/** The default budget (100 sequences, stopping at the first failure); a fixed seed keeps CI short. */
describe("the DailyCheckin differential run bites", () => {
  const chain = useChain();
  const run = async (broken: ContractFiles | undefined, modelOf: ChainContext["modelOf"] | undefined, firstWorld: number) => {
    const ctx = { ...context(chain().driver, broken, firstWorld), ...(modelOf ? { modelOf } : {}) };
    const result = await runProperty(dailyCheckinDifferential(ctx, 15), { numRuns: 100, seed: Number(process.env.DC_BITE_SEED ?? 3), replayCommand });
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.reproducedOn).toEqual(["neo-express"]);
    return result;
  };

  it("finds a wrong 7th-day reward in the MODEL and shrinks it to a short sequence", async () => {
    const result = await run(undefined, withWrongSeventhDayReward, 1);
    console.log(`model bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(3);
    expect(result.error).toMatch(/differs/);
  }, 900_000);

  it("finds a reset check off by one day in the CONTRACT's verification (gap of exactly 2 days) and shrinks it", async () => {
    const broken = compileVariant("DailyCheckin", "MiniAppDailyCheckin", [
      { file: "DailyCheckin/MiniAppDailyCheckin.Hybrid.cs", from: "bool reset = d > u.LastDay + 1;", to: "bool reset = d > u.LastDay + 2;" },
    ]);
    const result = await run(broken, undefined, 1_000);
    console.log(`contract bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(3);
    expect(result.counterexample!.steps.at(-1)!.call).toMatch(/checkInWithCalculation|reset/);
  }, 900_000);

  it("DC-P5 and G7 from the chain alone catch a claim not booked in 43 that the model and the contract share", async () => {
    const broken = compileVariant("DailyCheckin", "MiniAppDailyCheckin", [
      { file: "DailyCheckin/MiniAppDailyCheckin.Rewards.cs", from: "WriteInteger(PREFIX_TOTAL_REWARDED, ReadInteger(PREFIX_TOTAL_REWARDED) + a);", to: "" },
    ]);
    const result = await run(broken, withUnbookedClaims, 2_000);
    console.log(`shared accounting bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    const last = result.counterexample!.steps.at(-1)!;
    // Model and chain agree on everything; only the invariants computed from the chain differ.
    expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
    expect(last.differences.map((d) => d.field).sort()).toEqual(["DC-P5", "G7"]);
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(3);
  }, 900_000);
});
