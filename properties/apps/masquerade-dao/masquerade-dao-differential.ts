import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { daoCommands } from "./arbitraries.js";
import type { DaoSequence } from "./sequence-model.js";
import { daoInvariants, LABEL } from "./invariants.js";

/**
 * The MasqueradeDAO model-vs-chain run (masquerade-dao.md with README §10 G1–G6): generated
 * sequences of payments, masks of both types, proposals at the title / description / category
 * bounds, votes by both paths (honest, perturbed, stale) at the EndTime boundary pair, delegation,
 * re-delegation and undelegation by both paths, deactivation of delegators and targets, execution
 * at its boundaries and at the quorum boundary, calls while the app is paused (locally or through
 * the PauseRegistry), the DevPack admin surface, and safe getters, each sequence in a fresh world.
 */
export function masqueradeDaoDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<DaoSequence> {
  return appDifferential(ctx, {
    slug: "masquerade-dao",
    label: LABEL,
    property: "MD-differential",
    title: "MasqueradeDAO model ≡ chain, every step (G1–G6, G8 MD-P3, G9 MD-P2, MD-P6, MD-P5, MD-P7); from the chain alone: MD-P1, MD-P4, MD-P5, MD-P8, MD-P9, G7 conservation",
    pattern: "cached aggregate O(1) + off-chain recomputation",
    commands: daoCommands(),
    maxCommands,
    generator: "masquerade-dao-v2",
    sequence: ({ world, model, real, app }): DaoSequence => ({ model, app, paymentHub: world.hashes.paymentHub, pauseRegistry: world.hashes.pauseRegistry, receipts: [], time: real.time }),
    invariants: daoInvariants,
  });
}
