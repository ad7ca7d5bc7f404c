import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { compoundCommands } from "./arbitraries.js";
import type { CompoundSequence } from "./sequence-model.js";
import { compoundInvariants } from "./invariants.js";

/**
 * The CompoundCapsule model-vs-chain run (compound-capsule.md with README §10 G1–G6): generated
 * sequences of NEO locks (with the witness scopes of README §6: CalledByEntry + CustomContracts[NEO],
 * and the scopes that must fail), extensions, unlocks and early withdrawals through both paths
 * (honest, perturbed, stale) at unlock boundaries, plain GAS/NEO sent to the app, pauses and safe
 * getters, each sequence in a fresh world.
 */
export function compoundCapsuleDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<CompoundSequence> {
  return appDifferential(ctx, {
    slug: "compound-capsule",
    label: "CompoundCapsule",
    property: "CC-differential",
    title: "CompoundCapsule model ≡ chain, every step (G1–G6, CC-P1, CC-P2 (G9), CC-P3 (G8), CC-P7); from the chain alone: CC-P4, CC-P5 NEO conservation, CC-P6, G7 conservation",
    pattern: "frontend calculation + verification",
    commands: compoundCommands(),
    maxCommands,
    generator: "compound-capsule-v1",
    sequence: ({ world, model, real, app }): CompoundSequence => ({ model, app, pauseRegistry: world.hashes.pauseRegistry, capsules: [], time: real.time }),
    invariants: compoundInvariants,
  });
}
