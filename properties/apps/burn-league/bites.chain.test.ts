import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { useEngine } from "../../../neo-express/test-support/lane-sessions.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import type { WorldContracts } from "../../../neo-express/world/build-worlds.js";
import type { ContractModel } from "../../../simulator/runtime/contract-model.js";
import { contractModelOf } from "../../../simulator/contract-models.js";
import { projectContracts } from "../../test-support/doomsday-context.js";
import { engineBite } from "../../test-support/engine-bite.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { withPoolKeptAtSeasonStart, withWrongTier2Boundary } from "../../test-support/broken-burn-league-models.js";
import { burnLeagueDifferential } from "./burn-league-differential.js";

// The default budget (100 sequences) on the engine lane, each failure replayed on neo-express
// before it counts (reproducedOn). Variants are compiled before the chains start: a compile
// longer than 15 s would let neo-express make a dBFT block of its own in the middle of a test.
const BUDGET = { numRuns: 100, seed: Number(process.env.BL_BITE_SEED ?? 20261206) };
const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app burn-league --seed ${seed} --path ${path}`;
const variant = (file: string, from: string, to: string) =>
  projectContracts(compileVariant("BurnLeague", "MiniAppBurnLeague", [{ file, from, to }]), "burn-league");

/** The hybrid's points check accepts any value above the on-chain points (effects still use the on-chain points). */
const LENIENT_POINTS = variant("BurnLeague/MiniAppBurnLeague.Hybrid.cs", "if (calculatedPoints != points) throw", "if (calculatedPoints < points) throw");
/** startSeason copies 46 into the season but leaves it in place (shared with withPoolKeptAtSeasonStart in the model). */
const POOL_KEPT = variant("BurnLeague/MiniAppBurnLeague.Seasons.cs", "WriteInteger(PREFIX_REWARD_POOL, 0);", "");

describe("the BurnLeague differential run bites", () => {
  const chain = useChain();
  const engine = useEngine();
  const bite = (contracts: WorldContracts, modelOf: (name: string) => ContractModel, firstWorld: number) =>
    engineBite({ engine: engine(), chain: chain(), contracts, modelOf, firstWorld, property: (ctx) => burnLeagueDifferential(ctx, 15), budget: BUDGET, replayCommand });

  it("finds a points check that accepts more than the on-chain points in the CONTRACT's verification (BL-P2's table) and shrinks it", async () => {
    const result = await bite(LENIENT_POINTS, contractModelOf, 1_000);
    expect(result.counterexample!.steps.at(-1)!.call).toMatch(/burnGasWithCalculation|points/);
  }, 600_000);

  it("finds the TIER2 boundary off by one in the MODEL's points (BL-P4) and shrinks it", async () => {
    const result = await bite(projectContracts(builtContract("MiniAppBurnLeague"), "burn-league"), withWrongTier2Boundary, 2_000);
    expect(result.error).toMatch(/differs|mismatch/);
  }, 600_000);

  it("BL-P6 from the chain alone catches a season start that leaves 46 in place, a mistake model and contract share", async () => {
    const result = await bite(POOL_KEPT, withPoolKeptAtSeasonStart, 3_000);
    const last = result.counterexample!.steps.at(-1)!;
    // Model and chain agree on everything; only the invariants computed from the chain differ.
    expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
    expect([...new Set(last.differences.map((d) => d.field))]).toEqual(["BL-P6"]);
  }, 600_000);
});
