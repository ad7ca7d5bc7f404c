import { describe, expect, it } from "vitest";
import { useEngine } from "../../../neo-express/test-support/lane-sessions.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import type { ContractFiles } from "../../../neo-express/driver/contract-files.js";
import type { ContractModel } from "../../../simulator/runtime/contract-model.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { withPenaltyReturned, withPendingPastUnlock } from "../../test-support/broken-compound-capsule-models.js";
import { compoundCapsuleDifferential } from "./compound-capsule-differential.js";

// The default budget (100 sequences, stopping at the first failure) from a fixed seed, on the engine
// lane (`verify --lane engine` confirms such a failure on neo-express before reporting it).
const BUDGET = { numRuns: 100, seed: Number(process.env.CC_BITE_SEED ?? 7) };
const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app compound-capsule --lane engine --seed ${seed} --path ${path}`;
const contracts = (files: ContractFiles = builtContract("MiniAppCompoundCapsule")) => projectContracts(files, "compound-capsule");
const HYBRID = "CompoundCapsule/MiniAppCompoundCapsule.Hybrid.cs";
const CAPSULES = "CompoundCapsule/MiniAppCompoundCapsule.Capsules.cs";

// Compiled while the tests are collected, before a chain starts.
const yieldToNow = compileVariant("CompoundCapsule", "MiniAppCompoundCapsule", [
  { file: HYBRID, from: "Yield(c.Principal, c.ApyBps, c.UnlockTime - c.LastCompoundTime);", to: "Yield(c.Principal, c.ApyBps, Now() - c.LastCompoundTime);" },
]);
const noOwnerWitness = compileVariant("CompoundCapsule", "MiniAppCompoundCapsule", [
  { file: CAPSULES, from: "if (!Runtime.CheckWitness(owner)) throw new Exception(\"unauthorized\");", to: "" },
]);
const penaltyReturned = compileVariant("CompoundCapsule", "MiniAppCompoundCapsule", [
  { file: HYBRID, from: "OnEarlyWithdraw(capsuleId, c.Owner, pen);", to: "OnEarlyWithdraw(capsuleId, c.Owner, pen);\n            if (pen > 0) NEO.Transfer(Runtime.ExecutingScriptHash, c.Owner, pen, null);" },
]);

describe("the CompoundCapsule differential run bites (engine lane)", () => {
  const engine = useEngine();
  const run = (files: ContractFiles | undefined, modelOf: ((name: string) => ContractModel) | undefined, firstWorld: number) => {
    const ctx = { ...chainContext(engine(), contracts(files), firstWorld), ...(modelOf ? { modelOf } : {}) };
    return runProperty(compoundCapsuleDifferential(ctx), { ...BUDGET, replayCommand, lanes: ["engine"] });
  };
  const found = (what: string, r: Awaited<ReturnType<typeof run>>) =>
    console.log(`${what}: found and shrunk in ${Math.round(r.durationMs)} ms after ${r.numRuns} runs:`, r.counterexample?.commands, (r.error ?? "").slice(0, 400));

  it("finds a CONTRACT whose unlock check takes the yield to now, not to the unlock time (CC-P1/CC-P4), and shrinks it", async () => {
    const result = await run(yieldToNow, undefined, 1_000);
    found("contract bug (verification check)", result);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(3);
    expect(result.error).toMatch(/yield mismatch|differs/);
  }, 600_000);

  it("finds a CONTRACT whose createCapsule forgets CheckWitness(owner) (then only NEO's own check, with its own message, guards the owner's NEO) and shrinks it", async () => {
    const result = await run(noOwnerWitness, undefined, 2_000);
    found("contract bug (witness)", result);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(2);
    expect(result.counterexample!.commands.at(-1)).toMatch(/^createCapsule\(/);
    // The model refuses with the app's "unauthorized"; the broken contract reaches NEO.transfer.
    expect(result.error).toMatch(/unauthorized/);
  }, 600_000);

  it("finds a MODEL whose pendingYield runs on past the unlock time and shrinks it", async () => {
    const result = await run(undefined, withPendingPastUnlock, 3_000);
    found("model bug (frontend getter)", result);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(3);
    expect(result.error).toMatch(/differs/);
  }, 600_000);

  it("CC-P5 from the chain alone catches an early withdrawal that returns the booked penalty, a mistake the model and the contract share", async () => {
    const result = await run(penaltyReturned, withPenaltyReturned, 4_000);
    found("shared accounting bug", result);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(3);
    const last = result.counterexample!.steps.at(-1)!;
    if (!last.differences.every((d) => d.kind === "invariant-violation")) console.log(JSON.stringify(last.differences));
    // Model and chain agree on everything; only the NEO conservation computed from the chain differs.
    expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
    expect([...new Set(last.differences.map((d) => d.field))]).toEqual(["CC-P5"]);
  }, 600_000);
});
