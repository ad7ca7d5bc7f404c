import { nefChecksums } from "../../../neo-express/driver/contract-files.js";
import { HarnessError } from "../../../neo-express/harness-error.js";
import type { ChainContext } from "../../harness/chain-context.js";
import { modelVersion } from "../../harness/model-version.js";
import { worldRun } from "../../harness/world-run.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { probeCommands } from "./arbitraries.js";
import type { ProbeSequence } from "./probe-sequence.js";

/**
 * The base classes model-vs-chain (devpack.md, DP-P1…P4, with README §10 G1–G6), through the
 * probe app MiniAppBaseProbe over MiniAppGameComputeBase: admin changes, pause, receipts, bet
 * limits with time advancing, the script registry, seeds and RNG requests with their callbacks.
 */
export function probeDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<ProbeSequence> {
  const app = ctx.contracts.apps.find((a) => a.entry.slug === "base-probe");
  if (!app) throw new HarnessError("NEF_MISSING", "the contracts under test have no MiniAppBaseProbe", "add the base-probe app to the run's contracts");
  return {
    app: "base-probe",
    property: "DP-differential",
    title: "DevPack base classes model ≡ chain, every step (DP-P1–P4, G1–G6)",
    pattern: "base classes",
    commands: probeCommands(),
    maxCommands,
    fingerprint: () => ({
      nefChecksums: nefChecksums([ctx.contracts.paymentHub, ctx.contracts.pauseRegistry, ctx.contracts.gateway, app.files]),
      modelVersion: modelVersion("base-probe"),
      generator: { maxCommands, commands: "base-probe-v1" },
    }),
    setup: async () => {
      const { world, model, real, app: appHash } = await worldRun(ctx, "base-probe", "MiniAppBaseProbe");
      const sequence: ProbeSequence = { model, app: appHash, paymentHub: world.hashes.paymentHub, gateway: world.hashes.gateway, receipts: [], requests: [], time: real.time };
      return { model: sequence, real };
    },
  };
}
