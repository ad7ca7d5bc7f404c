import type { ChainContext } from "../../harness/chain-context.js";
import { appFingerprint, appUnderTest } from "../../harness/app-under-test.js";
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
  const app = appUnderTest(ctx, "doomsday-clock", "DoomsdayClock");
  return {
    app: "doomsday-clock",
    property: "DD-differential",
    title: "DoomsdayClock model ≡ chain, every step (G1–G6, DD-P2, DD-P6–P9); from the chain alone: DD-P5 pots, G7 conservation",
    pattern: "frontend calculation + O(1) formula",
    commands: doomsdayCommands(),
    maxCommands,
    fingerprint: () => appFingerprint(ctx, app, maxCommands, "doomsday-v1"),
    setup: async () => {
      const { world, model, real, app: appHash } = await worldRun(ctx, "doomsday-clock", "DoomsdayClock");
      await real.watch(...doomsdayInvariants(appHash));
      const sequence: DoomsdaySequence = { model, app: appHash, paymentHub: world.hashes.paymentHub, receipts: [], time: real.time };
      return { model: sequence, real };
    },
  };
}
