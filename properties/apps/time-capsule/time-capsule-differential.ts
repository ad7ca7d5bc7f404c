import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { capsuleCommands } from "./arbitraries.js";
import type { CapsuleSequence } from "./sequence-model.js";
import { capsuleInvariants } from "./invariants.js";

/**
 * The TimeCapsule model-vs-chain run (time-capsule.md with README §10 G1–G6): generated sequences
 * of payments, burials at the lock bounds, reveals by owner, recipient and anyone, gifts,
 * recipients, extensions (each owner method also as a table of its checks with the receipt rows),
 * hybrid and deprecated fishing (honest, perturbed, stale) at unlock boundaries, calls while the
 * app is paused, the DevPack admin surface, and safe getters, each sequence in a fresh world.
 */
export function timeCapsuleDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<CapsuleSequence> {
  return appDifferential(ctx, {
    slug: "time-capsule",
    label: "TimeCapsule",
    property: "TC-differential",
    title: "TimeCapsule model ≡ chain, every step (G1–G6, G8 TC-P2, G9 TC-P1, TC-P5); from the chain alone: TC-P3, TC-P4, TC-P6, G7 conservation",
    pattern: "frontend search + O(1) verification",
    commands: capsuleCommands(),
    maxCommands,
    generator: "time-capsule-v2",
    sequence: ({ world, model, real, app }): CapsuleSequence => ({ model, app, paymentHub: world.hashes.paymentHub, receipts: [], time: real.time }),
    invariants: capsuleInvariants,
  });
}
