import { describe, expect, it } from "vitest";
import { useEngine } from "../../../neo-express/test-support/lane-sessions.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext } from "../../test-support/doomsday-context.js";
import { coinFlipContracts, coinFlipReplay } from "../../test-support/coin-flip-context.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { bigEndianTee, withSeedKept, withUnfedPool } from "../../test-support/broken-coin-flip.js";
import { coinFlipDifferential } from "./coin-flip-differential.js";

// CI-sized: a fixed seed that finds each bug; `npx miniapp-verify verify` runs the default budget.
const BUDGET = { numRuns: Number(process.env.CF_BITE_RUNS ?? 100), seed: Number(process.env.CF_BITE_SEED ?? 20261206) };
const replayCommand = coinFlipReplay("engine");

describe("the CoinFlip differential run bites (engine lane)", () => {
  const engine = useEngine();

  it("finds a CONTRACT whose settleBet does not check the claimed outcome (CF-P1 verification check) and shrinks it", async () => {
    const broken = compileVariant("CoinFlip", "MiniAppCoinFlip", [
      { file: "CoinFlip/MiniAppCoinFlip.Hybrid.cs", from: "if (claimedWon != IsWin(seed, bet.Choice)) throw new Exception(\"result mismatch\");", to: "" },
    ]);
    const result = await runProperty(coinFlipDifferential(chainContext(engine(), coinFlipContracts(broken), 1_000)), { ...BUDGET, replayCommand, lanes: ["engine"] });
    console.log(`contract bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(3);
    expect(result.error).toMatch(/result mismatch|differs/);
  }, 600_000);

  it("finds a FRONTEND / TEE flip-coin that decodes rand big-endian (the honest claim refused) and shrinks it", async () => {
    const result = await runProperty(coinFlipDifferential(chainContext(engine(), coinFlipContracts(), 2_000), 25, bigEndianTee), { ...BUDGET, replayCommand, lanes: ["engine"] });
    console.log(`frontend bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(2);
    // The model and the chain agree (both judge the claim alike); the spec's table does not: the
    // honest claim is refused, or its flipped twin is accepted.
    expect(result.error).toMatch(/honest settleBet.*result mismatch|claimedWon: flipped.*got HALT/);
  }, 600_000);

  it("finds an ACCOUNTING mistake the model and the contract share (legacy stakes do not feed the jackpot pool) from the chain alone", async () => {
    const broken = compileVariant("CoinFlip", "MiniAppCoinFlip", [
      { file: "CoinFlip/MiniAppCoinFlip.Legacy.cs", from: "BigInteger id = OpenBet(player, amount, choice, MODE_RNG);",
        to: "BigInteger id = OpenBet(player, amount, choice, MODE_RNG);\n            WriteInteger(PREFIX_JACKPOT_POOL, ReadInteger(PREFIX_JACKPOT_POOL) - amount * JACKPOT_CONTRIBUTION_BPS / BPS_DENOMINATOR);" },
    ]);
    const ctx = { ...chainContext(engine(), coinFlipContracts(broken), 3_000), modelOf: withUnfedPool };
    const result = await runProperty(coinFlipDifferential(ctx), { ...BUDGET, replayCommand, lanes: ["engine"] });
    console.log(`shared accounting bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(2);
    const last = result.counterexample!.steps.at(-1)!;
    if (!last.differences.every((d) => d.kind === "invariant-violation")) console.log(JSON.stringify(last.differences));
    // Model and chain agree on everything; only the invariant computed from the chain differs.
    expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
    expect(last.differences.map((d) => d.field)).toEqual(["CF-P3/P7"]);
  }, 600_000);

  it("finds a seed kept after settlement in model and contract alike (CF-P6) from the chain alone", async () => {
    const broken = compileVariant("CoinFlip", "MiniAppCoinFlip", [
      { file: "CoinFlip/MiniAppCoinFlip.Hybrid.cs", from: "DeleteOperationSeed(betId);", to: "" },
    ]);
    const ctx = { ...chainContext(engine(), coinFlipContracts(broken), 4_000), modelOf: withSeedKept };
    const result = await runProperty(coinFlipDifferential(ctx), { ...BUDGET, replayCommand, lanes: ["engine"] });
    console.log(`kept seed: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(2);
    const last = result.counterexample!.steps.at(-1)!;
    expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
    expect(last.differences.map((d) => d.field)).toEqual(["CF-P6"]);
  }, 600_000);
});
