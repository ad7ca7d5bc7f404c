import { describe, expect, it } from "vitest";
import { useEngine } from "../../../neo-express/test-support/lane-sessions.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { tarotContracts, tarotReplay } from "../../test-support/on-chain-tarot-context.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { repeatingTee, withDoubleRefund, withSeedKept } from "../../test-support/broken-on-chain-tarot.js";
import { tarotDifferential } from "./on-chain-tarot-differential.js";

// CI-sized: a fixed seed that finds each bug; `npx miniapp-verify verify` runs the default budget.
const BUDGET = { numRuns: Number(process.env.TA_BITE_RUNS ?? 100), seed: Number(process.env.TA_BITE_SEED ?? 20261206) };
const replayCommand = tarotReplay("engine");

describe("the OnChainTarot differential run bites (engine lane)", () => {
  const engine = useEngine();

  it("finds a CONTRACT whose settleReading does not compare the submitted cards (TA-P2 \"card mismatch\") and shrinks it", async () => {
    const broken = compileVariant("OnChainTarot", "MiniAppOnChainTarot", [
      { file: "OnChainTarot/MiniAppOnChainTarot.Hybrid.cs", from: "if (calculatedCards[i] != cards[i]) throw new Exception(\"card mismatch\");", to: "" },
    ]);
    const result = await runProperty(tarotDifferential(chainContext(engine(), tarotContracts(broken), 1_000)), { ...BUDGET, replayCommand, lanes: ["engine"] });
    console.log(`contract bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(3);
    expect(result.error).toMatch(/card mismatch|differs/);
  }, 600_000);

  it("finds a FRONTEND / TEE calculate-cards that keeps repeated cards (the honest submission refused) and shrinks it", async () => {
    const result = await runProperty(tarotDifferential(chainContext(engine(), tarotContracts(), 2_000), 25, repeatingTee), { ...BUDGET, replayCommand, lanes: ["engine"] });
    console.log(`frontend bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(2);
    // The model and the chain agree (both refuse the repeated card); the spec does not: CARDS never repeats.
    expect(result.error).toMatch(/settleReading.*card mismatch/);
  }, 600_000);

  it("finds an ACCOUNTING mistake the model and the contract share (a failed RNG request refunded twice) from the chain alone", async () => {
    const broken = compileVariant("OnChainTarot", "MiniAppOnChainTarot", [
      { file: "OnChainTarot/MiniAppOnChainTarot.Legacy.cs", from: "OnReadingRefunded(id, reading.User, fee);",
        to: "OnReadingRefunded(id, reading.User, fee);\n                GAS.Transfer(Runtime.ExecutingScriptHash, reading.User, fee, null);" },
    ]);
    const ctx = { ...chainContext(engine(), tarotContracts(broken), 3_000), modelOf: withDoubleRefund };
    const result = await runProperty(tarotDifferential(ctx), { ...BUDGET, replayCommand, lanes: ["engine"] });
    console.log(`shared accounting bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(2);
    const last = result.counterexample!.steps.at(-1)!;
    if (!last.differences.every((d) => d.kind === "invariant-violation")) console.log(JSON.stringify(last.differences));
    // Model and chain agree on everything; only the invariant computed from the chain differs.
    expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
    expect(last.differences.map((d) => d.field)).toEqual(["G7"]);
  }, 600_000);

  it("finds a seed kept after settlement in model and contract alike (TA-P5) from the chain alone", async () => {
    const broken = compileVariant("OnChainTarot", "MiniAppOnChainTarot", [
      { file: "OnChainTarot/MiniAppOnChainTarot.Hybrid.cs", from: "DeleteOperationSeed(readingId);", to: "" },
    ]);
    const ctx = { ...chainContext(engine(), tarotContracts(broken), 4_000), modelOf: withSeedKept };
    const result = await runProperty(tarotDifferential(ctx), { ...BUDGET, replayCommand, lanes: ["engine"] });
    console.log(`kept seed: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(2);
    const last = result.counterexample!.steps.at(-1)!;
    expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
    expect(last.differences.map((d) => d.field)).toEqual(["TA-books"]);
  }, 600_000);
});
