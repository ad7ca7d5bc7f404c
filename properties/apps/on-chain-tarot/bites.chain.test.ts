import { describe, expect, it } from "vitest";
import { useEngine } from "../../../neo-express/test-support/lane-sessions.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { tarotContracts, tarotReplay } from "../../test-support/on-chain-tarot-context.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { bite, expectInvariantsOnly } from "../../test-support/bite.js";
import { repeatingTee, withDoubleRefund, withSeedKept } from "../../test-support/broken-on-chain-tarot.js";
import { tarotDifferential } from "./on-chain-tarot-differential.js";

// CI-sized: a fixed seed that finds each bug; `npx miniapp-verify verify` runs the default budget.
const BUDGET = { numRuns: Number(process.env.TA_BITE_RUNS ?? 100), seed: Number(process.env.TA_BITE_SEED ?? 20261206), replayCommand: tarotReplay("engine"), lanes: ["engine" as const] };
const variant = (file: string, from: string, to: string) => tarotContracts(compileVariant("OnChainTarot", "MiniAppOnChainTarot", [{ file: `OnChainTarot/MiniAppOnChainTarot.${file}.cs`, from, to }]));

describe("the OnChainTarot differential run bites (engine lane)", () => {
  const engine = useEngine();

  it("finds a CONTRACT whose settleReading does not compare the submitted cards (TA-P2 \"card mismatch\") and shrinks it", async () => {
    const contracts = variant("Hybrid", "if (calculatedCards[i] != cards[i]) throw new Exception(\"card mismatch\");", "");
    const result = await bite("contract bug", tarotDifferential(chainContext(engine(), contracts, 1_000)), BUDGET, 3);
    expect(result.error).toMatch(/card mismatch|differs/);
  }, 600_000);

  it("finds a FRONTEND / TEE calculate-cards that keeps repeated cards (the honest submission refused) and shrinks it", async () => {
    const result = await bite("frontend bug", tarotDifferential(chainContext(engine(), tarotContracts(), 2_000), 25, repeatingTee), BUDGET, 2);
    // The model and the chain agree (both refuse the repeated card); the spec does not: CARDS never repeats.
    expect(result.error).toMatch(/settleReading.*card mismatch/);
  }, 600_000);

  it("finds an ACCOUNTING mistake the model and the contract share (a failed RNG request refunded twice) from the chain alone", async () => {
    const contracts = variant("Legacy", "OnReadingRefunded(id, reading.User, fee);", "OnReadingRefunded(id, reading.User, fee);\n                GAS.Transfer(Runtime.ExecutingScriptHash, reading.User, fee, null);");
    const result = await bite("shared accounting bug", tarotDifferential({ ...chainContext(engine(), contracts, 3_000), modelOf: withDoubleRefund }), BUDGET, 2);
    // Model and chain agree on everything; only G7 against the app's record of refunds differs.
    expectInvariantsOnly(result, ["G7"]);
  }, 600_000);

  it("finds a seed kept after settlement in model and contract alike (TA-P5) from the chain alone", async () => {
    const contracts = variant("Hybrid", "DeleteOperationSeed(readingId);", "");
    const result = await bite("kept seed", tarotDifferential({ ...chainContext(engine(), contracts, 4_000), modelOf: withSeedKept }), BUDGET, 2);
    expectInvariantsOnly(result, ["TA-books"]);
  }, 600_000);
});
