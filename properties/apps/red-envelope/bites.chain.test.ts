import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { useEngine } from "../../../neo-express/test-support/lane-sessions.js";
import type { WorldContracts } from "../../../neo-express/world/build-worlds.js";
import type { ContractModel } from "../../../simulator/runtime/contract-model.js";
import { contractModelOf } from "../../../simulator/contract-models.js";
import { projectContracts } from "../../test-support/doomsday-context.js";
import { engineBite } from "../../test-support/engine-bite.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { withOffByOneNext, withUnbookedClaims } from "../../test-support/red-envelope-broken-models.js";
import { redEnvelopeDifferential } from "./red-envelope-differential.js";
import { redEnvelopeContracts } from "./red-envelope-contracts.js";

// The default budget (100 sequences) on the engine lane, each failure replayed on neo-express
// before it counts (reproducedOn; the shared engineBite). Variants are compiled before the chains start: a compile
// longer than 15 s would let neo-express make a dBFT block of its own in the middle of a test.
const BUDGET = { numRuns: 100, seed: Number(process.env.RE_BITE_SEED ?? 20261206) };
const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app red-envelope --seed ${seed} --path ${path}`;
const variant = (file: string, from: string, to: string) =>
  projectContracts(compileVariant("RedEnvelope", "MiniAppRedEnvelope", [{ file, from, to }]), "red-envelope");

/** settleEnvelope's check stops one packet short: an off-by-one in the contract's O(n) verification. */
const SKIPS_LAST_PACKET = variant("RedEnvelope/MiniAppRedEnvelope.Deprecated.cs",
  "for (int k = 0; k < honest.Length; k++)\n            {\n                if (amounts[k] != honest[k]) throw new Exception(\"distribution mismatch\");",
  "for (int k = 0; k < honest.Length - 1; k++)\n            {\n                if (amounts[k] != honest[k]) throw new Exception(\"distribution mismatch\");");
/** Claims pay but never book `46` (shared with withUnbookedClaims in the model). */
const UNBOOKED_CLAIMS = variant("RedEnvelope/MiniAppRedEnvelope.Claims.cs", "WriteInteger(PREFIX_TOTAL_DISTRIBUTED, ReadInteger(PREFIX_TOTAL_DISTRIBUTED) + amount);", "");

describe("the RedEnvelope differential run bites", () => {
  const chain = useChain();
  const engine = useEngine();

  const bite = (contracts: WorldContracts, modelOf: (name: string) => ContractModel, firstWorld: number) =>
    engineBite({ engine: engine(), chain: chain(), contracts, modelOf, firstWorld, property: (ctx) => redEnvelopeDifferential(ctx, 12), budget: BUDGET, replayCommand, maxCommands: 3 });

  it("finds a settleEnvelope check that skips the last packet in the CONTRACT (RE-P2's table) and shrinks it", async () => {
    const result = await bite(SKIPS_LAST_PACKET, contractModelOf, 1_000);
    expect(result.counterexample!.steps.at(-1)!.call).toMatch(/settleEnvelope/);
  }, 600_000);

  it("finds an off-by-one NEXT in the MODEL's getNextPacketAmount and shrinks it", async () => {
    const result = await bite(redEnvelopeContracts(), withOffByOneNext, 2_000);
    expect(result.error).toMatch(/getNextPacketAmount/);
  }, 600_000);

  it("RE-P6/G7 from the chain alone catch claims that model and contract both leave out of 46", async () => {
    const result = await bite(UNBOOKED_CLAIMS, withUnbookedClaims, 3_000);
    const last = result.counterexample!.steps.at(-1)!;
    // Model and chain agree on everything; only the invariants computed from the chain differ.
    expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
    expect(last.differences.map((d) => d.field).sort()).toEqual(["G7", "RE-P6"]);
  }, 600_000);
});
