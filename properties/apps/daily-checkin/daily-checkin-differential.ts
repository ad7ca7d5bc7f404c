import { HarnessError } from "../../../neo-express/harness-error.js";
import type { ChainContext } from "../../harness/chain-context.js";
import { modelVersion } from "../../harness/model-version.js";
import { worldRun } from "../../harness/world-run.js";
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
  const app = ctx.contracts.apps.find((a) => a.entry.slug === "daily-checkin");
  if (!app) throw new HarnessError("NEF_MISSING", "the contracts under test have no DailyCheckin", "add it to the run's contracts");
  return {
    app: "daily-checkin",
    property: "DC-differential",
    title: "DailyCheckin model ≡ chain, every step (G1–G6, DC-P1, DC-P2, DC-P3 (G8), DC-P4, DC-P6, DC-P7, G9); from the chain alone: DC-P5, G7 conservation",
    pattern: "frontend calculation + verification",
    commands: dailyCommands(),
    maxCommands,
    fingerprint: () => ({
      nefChecksums: Object.fromEntries([ctx.contracts.paymentHub, ctx.contracts.pauseRegistry, ctx.contracts.gateway, app.files].map((f) => [f.name, f.checksum])),
      modelVersion: modelVersion("daily-checkin"),
      generator: { maxCommands, commands: "daily-checkin-v1" },
    }),
    setup: async () => {
      const { world, model, real, app: appHash } = await worldRun(ctx, "daily-checkin", "DailyCheckin");
      await real.watch(...dailyInvariants(appHash));
      const sequence: DailySequence = { model, app: appHash, paymentHub: world.hashes.paymentHub, receipts: [], time: real.time };
      return { model: sequence, real };
    },
  };
}
