import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { contractModel, method, type ContractModel } from "../../../simulator/runtime/contract-model.js";
import { hash160, int } from "../../../simulator/runtime/args.js";
import { check, vmFault } from "../../../simulator/runtime/fault.js";
import { intItem } from "../../../simulator/runtime/items.js";
import { readInt } from "../../../simulator/runtime/storage-values.js";
import { BASE_PROBE, APP_ID } from "../../../simulator/apps/base-probe/model.js";
import { contractModelOf } from "../../../simulator/contract-models.js";
import { CONSECUTIVE_RESET_FACTOR } from "../../../simulator/bases/bet-limits.js";
import { dailyBetOf, loadBetLimits } from "../../../simulator/bases/bet-ledger.js";
import { GAME_COMPUTE_BET_KEYS as K, recordGameBet } from "../../../simulator/bases/mini-app-game-compute-base.js";
import { validateAddress, validateNotGloballyPaused, validateUser } from "../../../simulator/bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../../simulator/bases/mini-app-base-receipts.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { probeDifferential } from "./probe-differential.js";

/** The probe's model with BET's cooldown check off by one: `elapsed > cooldown` for `≥` (devpack.md §3 step 5). */
const offByOne: ContractModel = contractModel(BASE_PROBE.name, [...BASE_PROBE.methods.values()].map((m) => m.name !== "placeBet" ? m :
  method("placeBet", [hash160, int, int], (ctx, player, amount, receiptId) => {
    validateNotGloballyPaused(ctx, APP_ID);
    const p = player ?? vmFault("null UInt160");
    validateUser(ctx, p);
    validateAddress(p);
    check(amount > 0n, "amount must be > 0");
    const limits = loadBetLimits(ctx, K);
    check(amount <= limits.maxBet, "bet exceeds maximum");
    check(dailyBetOf(ctx, K, p, ctx.now) + amount <= limits.dailyLimit, "daily limit exceeded");
    const elapsed = ctx.now - readInt(ctx.storage, K.last + p);
    check(elapsed > limits.cooldownMs, "cooldown active");
    const count = elapsed >= CONSECUTIVE_RESET_FACTOR * limits.cooldownMs ? 0n : readInt(ctx.storage, K.count + p);
    check(count < limits.maxConsecutive, "max consecutive bets reached");
    const paid = validatePaymentReceipt(ctx, APP_ID, p, amount, receiptId);
    recordGameBet(ctx, p, amount);
    return intItem(paid);
  })), BASE_PROBE.permissions);

describe("the base-class differential run bites (issue #5)", () => {
  const session = useChain();

  it("finds an off-by-one in the model's cooldown (DP-P4 boundary) and shrinks it", async () => {
    const ctx = { ...chainContext(session().driver, projectContracts(builtContract("MiniAppBaseProbe"), "base-probe")), modelOf: (n: string) => (n === BASE_PROBE.name ? offByOne : contractModelOf(n)) };
    const result = await runProperty(probeDifferential(ctx), { numRuns: 100, seed: 77, replayCommand: () => "" });
    console.log(`cooldown off-by-one: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.steps.at(-1)!.call).toMatch(/placeBet/);
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(4);
  }, 900_000);
});
