import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import type { TimeLockSequence } from "./timelock-sequence.js";
import { timeLockCommands } from "./arbitraries.js";

/**
 * MiniAppTimeLockBase model-vs-chain (devpack.md §4, with README §10 G1–G6), through the probe app
 * MiniAppTimeLockProbe: item ids, unlock times at the "must be future" boundary, reveals, the
 * ItemLocked / ItemUnlocked events and the time-dependent getters.
 */
export function timeLockDifferential(ctx: ChainContext, maxCommands = 15): DifferentialProperty<TimeLockSequence> {
  return appDifferential(ctx, {
    slug: "timelock-probe",
    label: "MiniAppTimeLockProbe",
    property: "TL-differential",
    title: "DevPack MiniAppTimeLockBase model ≡ chain, every step (devpack.md §4, G1–G6)",
    pattern: "base classes",
    commands: timeLockCommands(),
    maxCommands,
    generator: "timelock-probe-v1",
    sequence: ({ model, real, app }): TimeLockSequence => ({ model, app, items: [], time: real.time }),
  });
}
