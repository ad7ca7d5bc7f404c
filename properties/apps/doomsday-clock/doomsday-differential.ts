import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { doomsdayCommands } from "./arbitraries.js";
import type { DoomsdaySequence } from "./sequence-model.js";
import { doomsdayInvariants } from "./invariants.js";
import { deployedCode } from "../../../neo-express/world/fixture-log.js";

/**
 * The DoomsdayClock model-vs-chain run (doomsday-clock.md with README §10 G1–G6): generated
 * sequences of payments, hybrid and deprecated purchases (honest and perturbed), round starts and
 * ends at time boundaries, and safe getters, each sequence in a fresh world.
 */
export function doomsdayDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<DoomsdaySequence> {
  return appDifferential(ctx, {
    slug: "doomsday-clock",
    label: "DoomsdayClock",
    property: "DD-differential",
    title: "DoomsdayClock model ≡ chain, every step (G1–G6, DD-P2, DD-P6–P9); from the chain alone: DD-P5 pots, G7 conservation",
    pattern: "frontend calculation + O(1) formula",
    commands: doomsdayCommands(),
    maxCommands,
    generator: "doomsday-v2",
    sequence: ({ world, model, real, app }) => ({ model, app, paymentHub: world.hashes.paymentHub, pauseRegistry: world.hashes.pauseRegistry, receipts: [], time: real.time, code: deployedCode(world.log, app) }),
    invariants: doomsdayInvariants,
  });
}
