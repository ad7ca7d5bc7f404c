import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { dailyCommands } from "./arbitraries.js";
import type { DailySequence } from "./sequence-model.js";
import { dailyInvariants } from "./invariants.js";

/**
 * The DailyCheckin model-vs-chain run (daily-checkin.md with README §10 G1–G6): generated
 * sequences of payments, hybrid (honest, tampered, stale) and legacy check-ins at day boundaries,
 * streak runs to the 7th-day rewards and the 30-day milestone, claims, and safe getters, each
 * sequence in a fresh world.
 */
export function dailyCheckinDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<DailySequence> {
  return appDifferential(ctx, {
    slug: "daily-checkin",
    label: "DailyCheckin",
    property: "DC-differential",
    title: "DailyCheckin model ≡ chain, every step (G1–G6, DC-P1, DC-P2, DC-P3 (G8), DC-P4, DC-P6, DC-P7, G9); from the chain alone: DC-P5, G7 conservation",
    pattern: "frontend calculation + verification",
    commands: dailyCommands(),
    maxCommands,
    generator: "daily-checkin-v1",
    sequence: ({ world, model, real, app }) => ({ model, app, paymentHub: world.hashes.paymentHub, pauseRegistry: world.hashes.pauseRegistry, receipts: [], time: real.time }),
    invariants: dailyInvariants,
  });
}
