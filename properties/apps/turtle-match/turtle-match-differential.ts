import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { teeRegistry } from "../../../simulator/tee/app-scripts.js";
import type { ScriptRegistry } from "../../../simulator/tee/script-registry.js";
import { turtleMatchCommands } from "./arbitraries.js";
import { turtleMatchInvariants } from "./invariants.js";
import type { TurtleSequence } from "./sequence-model.js";

/**
 * The TurtleMatch model-vs-chain run (turtle-match.md with README §10 G1–G6, G9): generated
 * sequences of payments, games of 3–20 boxes started and settled through the TEE's
 * turtle-match-logic on the seed of their GameStarted (TM-P1, TM-P7), settlements tampered
 * row by row (TM-P2, TM-P4), bet limits on their time boundaries (TM-P6, TM-P8, DP-P4), the
 * script disabled / substituted / restored, pause, and the getters; each sequence in a fresh
 * world, the accounting invariants (TM-P3, TM-P4, TM-P5, G7) checked from the chain alone. `tee`
 * is the off-chain script registry the TEE runs (a test gives a broken one).
 */
export function turtleMatchDifferential(ctx: ChainContext, maxCommands = 20, tee: () => ScriptRegistry = teeRegistry): DifferentialProperty<TurtleSequence> {
  return appDifferential(ctx, {
    slug: "turtle-match",
    label: "TurtleMatch",
    property: "TM-differential",
    title: "TurtleMatch model ≡ chain, every step (G1–G6, G9, TM-P1, TM-P2, TM-P4, TM-P6–P8); from the chain alone: TM-P3/P4 seeds and results, TM-P5 books, G7 conservation",
    pattern: "TEE-verified two-phase (deterministic seed + frontend calculation)",
    commands: turtleMatchCommands(),
    maxCommands,
    generator: "turtle-match-v2",
    sequence: ({ world, model, real, app }): TurtleSequence => ({
      model, app, paymentHub: world.hashes.paymentHub, pauseRegistry: world.hashes.pauseRegistry, receipts: [], time: real.time,
      started: [], tee: tee(), accounts: new Map(real.observed.accounts.map((a) => [a.label, a.hash] as const)),
    }),
    invariants: turtleMatchInvariants,
  });
}
