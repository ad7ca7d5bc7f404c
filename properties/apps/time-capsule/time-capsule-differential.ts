import { HarnessError } from "../../../neo-express/harness-error.js";
import type { ChainContext } from "../../harness/chain-context.js";
import { modelVersion } from "../../harness/model-version.js";
import { worldRun } from "../../harness/world-run.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { capsuleCommands } from "./arbitraries.js";
import type { CapsuleSequence } from "./sequence-model.js";
import { capsuleInvariants } from "./invariants.js";

/**
 * The TimeCapsule model-vs-chain run (time-capsule.md with README §10 G1–G6): generated sequences
 * of payments, burials at the lock bounds, reveals by owner, recipient and anyone, gifts,
 * recipients, extensions, hybrid and deprecated fishing (honest, perturbed, stale) at unlock
 * boundaries, and safe getters, each sequence in a fresh world.
 */
export function timeCapsuleDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<CapsuleSequence> {
  const app = ctx.contracts.apps.find((a) => a.entry.slug === "time-capsule");
  if (!app) throw new HarnessError("NEF_MISSING", "the contracts under test have no TimeCapsule", "add it to the run's contracts");
  return {
    app: "time-capsule",
    property: "TC-differential",
    title: "TimeCapsule model ≡ chain, every step (G1–G6, G8 TC-P2, G9 TC-P1, TC-P5); from the chain alone: TC-P3, TC-P4, TC-P6, G7 conservation",
    pattern: "frontend search + O(1) verification",
    commands: capsuleCommands(),
    maxCommands,
    fingerprint: () => ({
      nefChecksums: Object.fromEntries([ctx.contracts.paymentHub, ctx.contracts.pauseRegistry, ctx.contracts.gateway, app.files].map((f) => [f.name, f.checksum])),
      modelVersion: modelVersion("time-capsule"),
      generator: { maxCommands, commands: "time-capsule-v1" },
    }),
    setup: async () => {
      const { world, model, real, app: appHash } = await worldRun(ctx, "time-capsule", "TimeCapsule");
      await real.watch(...capsuleInvariants(appHash));
      const sequence: CapsuleSequence = { model, app: appHash, paymentHub: world.hashes.paymentHub, receipts: [], time: real.time };
      return { model: sequence, real };
    },
  };
}
