import { nefChecksums } from "../../../neo-express/driver/contract-files.js";
import { HarnessError } from "../../../neo-express/harness-error.js";
import type { ChainContext } from "../../harness/chain-context.js";
import { modelVersion } from "../../harness/model-version.js";
import { worldRun } from "../../harness/world-run.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import type { TimeLockSequence } from "./timelock-sequence.js";
import { timeLockCommands } from "./arbitraries.js";

/**
 * MiniAppTimeLockBase model-vs-chain (devpack.md §4, with README §10 G1–G6), through the probe app
 * MiniAppTimeLockProbe: item ids, unlock times at the "must be future" boundary, reveals, the
 * ItemLocked / ItemUnlocked events and the time-dependent getters.
 */
export function timeLockDifferential(ctx: ChainContext, maxCommands = 15): DifferentialProperty<TimeLockSequence> {
  const app = ctx.contracts.apps.find((a) => a.entry.slug === "timelock-probe");
  if (!app) throw new HarnessError("NEF_MISSING", "the contracts under test have no MiniAppTimeLockProbe", "add the timelock-probe app to the run's contracts");
  return {
    app: "timelock-probe",
    property: "TL-differential",
    title: "DevPack MiniAppTimeLockBase model ≡ chain, every step (devpack.md §4, G1–G6)",
    pattern: "base classes",
    commands: timeLockCommands(),
    maxCommands,
    fingerprint: () => ({
      nefChecksums: nefChecksums([ctx.contracts.paymentHub, ctx.contracts.pauseRegistry, ctx.contracts.gateway, app.files]),
      modelVersion: modelVersion("timelock-probe"),
      generator: { maxCommands, commands: "timelock-probe-v1" },
    }),
    setup: async () => {
      const { model, real, app: appHash } = await worldRun(ctx, "timelock-probe", "MiniAppTimeLockProbe");
      const sequence: TimeLockSequence = { model, app: appHash, items: [], time: real.time };
      return { model: sequence, real };
    },
  };
}
