import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { useEngine } from "../../../neo-express/test-support/lane-sessions.js";
import type { WorldContracts } from "../../../neo-express/world/build-worlds.js";
import type { ContractModel } from "../../../simulator/runtime/contract-model.js";
import { contractModelOf } from "../../../simulator/contract-models.js";
import { projectContracts } from "../../test-support/doomsday-context.js";
import { engineBite } from "../../test-support/engine-bite.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { withOffByOneTier, withUnbookedPrizes } from "../../test-support/lottery-broken-models.js";
import { lotteryDifferential } from "./lottery-differential.js";
import { lotteryContracts } from "./lottery-contracts.js";

// The default budget (100 sequences) on the engine lane, each failure replayed on neo-express
// before it counts (reproducedOn). Variants are compiled before the chains start.
const BUDGET = { numRuns: 100, seed: Number(process.env.LO_BITE_SEED ?? 20261206) };
const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app lottery --seed ${seed} --path ${path}`;
const variant = (edits: { file: string; from: string; to: string }[]) => projectContracts(compileVariant("Lottery", "MiniAppLottery", edits), "lottery");

/**
 * settleRoundOptimized reads the claimed entry one id early (entry ids taken as 0-based): the honest
 * claim is refused and the claim of the next entry with the winner's entry checked instead. An
 * off-by-one of the cumulative index lookup in the CONTRACT's O(1) check, whatever the randomness.
 * (A range one ticket too wide, `w <= StartTicket + Count`, is caught too, but only for draws whose
 * winning ticket is the first of its entry: a seed draw's randomness depends on the block time, which
 * differs on the neo-express replay, so it is not a reliable bite.)
 */
const INDEX_MINUS_ONE = variant([{ file: "Lottery/MiniAppLottery.Draw.cs", from: "RoundEntry e = LoadEntry(r.FirstEntryId + claimedEntryIndex);", to: "RoundEntry e = LoadEntry(r.FirstEntryId + claimedEntryIndex - 1);" }]);
/** Round and scratch prizes paid but never booked in `46` (shared with withUnbookedPrizes in the model). */
const UNBOOKED_PRIZES = variant([
  { file: "Lottery/MiniAppLottery.Rounds.cs", from: "WriteInteger(PREFIX_TOTAL_PRIZES, ReadInteger(PREFIX_TOTAL_PRIZES) + prize);", to: "" },
  { file: "Lottery/MiniAppLottery.Scratch.cs", from: "WriteInteger(PREFIX_TOTAL_PRIZES, ReadInteger(PREFIX_TOTAL_PRIZES) + prize);", to: "" },
]);

const bite = (engine: ReturnType<ReturnType<typeof useEngine>>, chain: ReturnType<ReturnType<typeof useChain>>, contracts: WorldContracts, modelOf: (name: string) => ContractModel, firstWorld: number) =>
  engineBite({ engine, chain, contracts, modelOf, firstWorld, property: (ctx) => lotteryDifferential(ctx, 12), budget: BUDGET, replayCommand, maxCommands: 3 });

describe("the Lottery differential run bites", () => {
  const chain = useChain();
  const engine = useEngine();

  it("finds an off-by-one entry lookup in the CONTRACT's O(1) settlement check (LO-P2's boundary neighbours) and shrinks it", async () => {
    const result = await bite(engine(), chain(), INDEX_MINUS_ONE, contractModelOf, 1_000);
    expect(result.counterexample!.steps.at(-1)!.call).toMatch(/settleRound/);
  }, 600_000);

  it("finds an off-by-one prize tier in the MODEL's calculatePrizeFromSeed (LO-P7) and shrinks it", async () => {
    const result = await bite(engine(), chain(), lotteryContracts(), withOffByOneTier, 2_000);
    expect(result.error).toMatch(/calculatePrizeFromSeed/);
  }, 600_000);

  it("LO-P1/LO-P8 and G7 from the chain alone catch prizes that model and contract both leave out of 46", async () => {
    const result = await bite(engine(), chain(), UNBOOKED_PRIZES, withUnbookedPrizes, 3_000);
    const last = result.counterexample!.steps.at(-1)!;
    // Model and chain agree on everything; only the invariants computed from the chain differ.
    expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
    expect(last.differences.map((d) => d.field).sort()).toEqual(["G7", "LO-P1"]);
  }, 600_000);
});
