import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { contractModel, method, type ContractModel } from "../../../simulator/runtime/contract-model.js";
import { hash160, int } from "../../../simulator/runtime/args.js";
import { check } from "../../../simulator/runtime/fault.js";
import { DOOMSDAY_CLOCK } from "../../../simulator/apps/doomsday-clock/model.js";
import { contractModelOf } from "../../../simulator/contract-models.js";
import { validateBetLimits } from "../../../simulator/bases/mini-app-game-base.js";
import { validatePaymentReceipt } from "../../../simulator/bases/mini-app-base-receipts.js";
import { beginPurchase, buy, settle } from "../../../simulator/apps/doomsday-clock/round.js";
import { BASE_KEY_PRICE, KEY_PRICE_STEP, APP_ID } from "../../../simulator/apps/doomsday-clock/constants.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { doomsdayDifferential } from "./doomsday-differential.js";

/** The DoomsdayClock model with one method replaced. */
function withMethod(replacement: ReturnType<typeof method>): ContractModel {
  return contractModel(DOOMSDAY_CLOCK.name, [...DOOMSDAY_CLOCK.methods.values()].map((m) => (m.name === replacement.name ? replacement : m)), DOOMSDAY_CLOCK.permissions);
}

/** A wrong formula term: n(n+1)/2 for n(n−1)/2 in the cost the model accepts. */
const wrongFormulaModel = withMethod(method("buyKeysWithCost", [hash160, int, int, int], (ctx, player, n, submitted, receiptId) => {
  const r = beginPurchase(ctx, player!, n);
  if (ctx.now >= r.endTime) return settle(ctx, r);
  const cost = n * (BASE_KEY_PRICE + r.totalKeys * KEY_PRICE_STEP) + ((n * (n + 1n)) / 2n) * KEY_PRICE_STEP;
  check(submitted === cost, "cost mismatch");
  validateBetLimits(ctx, player!, cost);
  validatePaymentReceipt(ctx, APP_ID, player!, cost, receiptId);
  buy(ctx, r, player!, n, cost);
}));

const BUDGET = { numRuns: 50, seed: 20261130 };
const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app doomsday-clock --seed ${seed} --path ${path}`;

describe("the DoomsdayClock differential run bites", () => {
  const session = useChain();

  it("finds a wrong formula term in the MODEL within the default budget and shrinks it to a few steps", async () => {
    const ctx = { ...chainContext(session().driver), modelOf: (name: string) => (name === DOOMSDAY_CLOCK.name ? wrongFormulaModel : contractModelOf(name)) };
    const result = await runProperty(doomsdayDifferential(ctx), { ...BUDGET, replayCommand });
    console.log(`model bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    // Shrunk to a few commands (a pattern command makes several transactions).
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(4);
    expect(result.counterexample!.reproducedOn).toEqual(["neo-express"]);
    // Caught as a model-vs-chain difference, or first by a pattern: the O(1) ≡ O(n) pair on the
    // model copies, or the perturbation table / honest submission against the spec's messages.
    expect(result.error).toMatch(/differs|hybrid and deprecated paths differ|: expected /);
  }, 900_000);

  it("finds `>` for `>=` at the round's end in the CONTRACT within the default budget and shrinks it", async () => {
    const broken = compileVariant("DoomsdayClock", "MiniAppDoomsdayClock", [
      { file: "DoomsdayClock/MiniAppDoomsdayClock.Round.cs", from: "if (!(Now() >= r.EndTime)) throw new Exception(\"round not ended\");", to: "if (!(Now() > r.EndTime)) throw new Exception(\"round not ended\");" },
    ]);
    const ctx = chainContext(session().driver, projectContracts(broken), 1_000);
    const result = await runProperty(doomsdayDifferential(ctx), { ...BUDGET, replayCommand });
    console.log(`contract bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(4);
    expect(result.counterexample!.steps.at(-1)!.call).toMatch(/checkAndEndRound/);
  }, 900_000);
});
