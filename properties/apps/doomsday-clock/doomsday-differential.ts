import { HarnessError } from "../../../neo-express/harness-error.js";
import type { ChainContext } from "../../harness/chain-context.js";
import { modelVersion } from "../../harness/model-version.js";
import { worldRun } from "../../harness/world-run.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { doomsdayCommands } from "./arbitraries.js";
import type { DoomsdaySequence } from "./sequence-model.js";
import { doomsdayInvariants } from "./invariants.js";

/**
 * The DoomsdayClock model-vs-chain run (doomsday-clock.md with README §10 G1–G6): generated
 * sequences of payments, hybrid and deprecated purchases (honest and perturbed), round starts and
 * ends at time boundaries, and safe getters, each sequence in a fresh world.
 */
export function doomsdayDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<DoomsdaySequence> {
  const app = ctx.contracts.apps.find((a) => a.entry.slug === "doomsday-clock");
  if (!app) throw new HarnessError("NEF_MISSING", "the contracts under test have no DoomsdayClock", "add it to the run's contracts");
  return {
    app: "doomsday-clock",
    property: "DD-differential",
    title: "DoomsdayClock model ≡ chain, every step (G1–G6, DD-P2, DD-P6–P9); from the chain alone: DD-P5 pots, G7 conservation",
    pattern: "frontend calculation + O(1) formula",
    commands: doomsdayCommands(),
    maxCommands,
    fingerprint: () => ({
      nefChecksums: Object.fromEntries([ctx.contracts.paymentHub, ctx.contracts.pauseRegistry, ctx.contracts.gateway, app.files].map((f) => [f.name, f.checksum])),
      modelVersion: modelVersion("doomsday-clock"),
      generator: { maxCommands, commands: "doomsday-v1" },
    }),
    setup: async () => {
      const { world, model, real, app: appHash } = await worldRun(ctx, "doomsday-clock", "DoomsdayClock");
      await real.watch(...doomsdayInvariants(appHash));
      const sequence: DoomsdaySequence = { model, app: appHash, paymentHub: world.hashes.paymentHub, receipts: [], time: real.time };
      return { model: sequence, real };
    },
  };
}
