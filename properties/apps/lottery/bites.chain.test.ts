import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { useEngine } from "../../../neo-express/test-support/lane-sessions.js";
import type { WorldContracts } from "../../../neo-express/world/build-worlds.js";
import type { ContractModel } from "../../../simulator/runtime/contract-model.js";
import { contractModelOf } from "../../../simulator/contract-models.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { withOffByOneTier, withUnbookedPrizes } from "../../test-support/lottery-broken-models.js";
import { lotteryDifferential } from "./lottery-differential.js";
import { lotteryContracts } from "./lottery-contracts.js";

// The default budget (100 sequences) on the engine lane, each failure replayed on neo-express
// before it counts (reproducedOn). Variants are compiled before the chains start.
const BUDGET = { numRuns: 100, seed: Number(process.env.LO_BITE_SEED ?? 20261206) };
const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app lottery --seed ${seed} --path ${path}`;
const variant = (edits: { file: string; from: string; to: string }[]) => projectContracts(compileVariant("Lottery", "MiniAppLottery", edits), "lottery");

/** settleRoundOptimized's range check accepts one ticket past the claimed entry: the cumulative boundary's off-by-one in the CONTRACT. */
const BOUNDARY_PLUS_ONE = variant([{ file: "Lottery/MiniAppLottery.Draw.cs", from: "e.StartTicket <= w && w < e.StartTicket + e.Count", to: "e.StartTicket <= w && w <= e.StartTicket + e.Count" }]);
/** Round and scratch prizes paid but never booked in `46` (shared with withUnbookedPrizes in the model). */
const UNBOOKED_PRIZES = variant([
  { file: "Lottery/MiniAppLottery.Rounds.cs", from: "WriteInteger(PREFIX_TOTAL_PRIZES, ReadInteger(PREFIX_TOTAL_PRIZES) + prize);", to: "" },
  { file: "Lottery/MiniAppLottery.Scratch.cs", from: "WriteInteger(PREFIX_TOTAL_PRIZES, ReadInteger(PREFIX_TOTAL_PRIZES) + prize);", to: "" },
]);

describe("the Lottery differential run bites", () => {
  const chain = useChain();
  const engine = useEngine();

  async function bite(contracts: WorldContracts, modelOf: (name: string) => ContractModel, firstWorld: number) {
    const onEngine = { ...chainContext(engine(), contracts, firstWorld), modelOf };
    const onNeoExpress = { ...chainContext(chain().driver, contracts, firstWorld), modelOf };
    const judge = () => {
      const p = lotteryDifferential(onNeoExpress, 12);
      return { ...p, setup: async () => (await chain().driver.blocks.refreshTip(), p.setup()) };
    };
    const result = await runProperty(lotteryDifferential(onEngine, 12), { ...BUDGET, replayCommand, lanes: ["engine"], judge });
    console.log(`found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands, result.error?.slice(0, 300));
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.reproducedOn).toEqual(["engine", "neo-express"]);
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(3);
    return result;
  }

  it("finds a settlement range check one ticket too wide in the CONTRACT (LO-P2's boundary neighbours) and shrinks it", async () => {
    const result = await bite(BOUNDARY_PLUS_ONE, contractModelOf, 1_000);
    expect(result.counterexample!.steps.at(-1)!.call).toMatch(/settleRound/);
  }, 600_000);

  it("finds an off-by-one prize tier in the MODEL's calculatePrizeFromSeed (LO-P7) and shrinks it", async () => {
    const result = await bite(lotteryContracts(), withOffByOneTier, 2_000);
    expect(result.error).toMatch(/calculatePrizeFromSeed/);
  }, 600_000);

  it("LO-P1/LO-P8 and G7 from the chain alone catch prizes that model and contract both leave out of 46", async () => {
    const result = await bite(UNBOOKED_PRIZES, withUnbookedPrizes, 3_000);
    const last = result.counterexample!.steps.at(-1)!;
    expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
    expect(last.differences.map((d) => d.field).sort()).toEqual(["G7", "LO-P1"]);
  }, 600_000);
});
