import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { burnLeagueCommands } from "./arbitraries.js";
import { burnSequence, type BurnSequence } from "./sequence-model.js";
import { burnLeagueInvariants } from "./invariants.js";

/**
 * The BurnLeague model-vs-chain run (burn-league.md with README §10 G1–G6): generated sequences
 * of payments, hybrid (honest, tampered, stale) and legacy burns at tier and time boundaries,
 * whole seasons from start to settlement and claims, pool funding, pauses and safe getters, each
 * sequence in a fresh world.
 */
export function burnLeagueDifferential(ctx: ChainContext, maxCommands = 20): DifferentialProperty<BurnSequence> {
  return appDifferential(ctx, {
    slug: "burn-league",
    label: "BurnLeague",
    property: "BL-differential",
    title: "BurnLeague model ≡ chain, every step (G1–G6, BL-P1, BL-P2 (G9), BL-P3 (G8), BL-P4, BL-P7); from the chain alone: BL-P5, BL-P6, G7 conservation",
    pattern: "frontend calculation + verification",
    commands: burnLeagueCommands(),
    maxCommands,
    generator: "burn-league-v2",
    sequence: burnSequence,
    invariants: burnLeagueInvariants,
  });
}
