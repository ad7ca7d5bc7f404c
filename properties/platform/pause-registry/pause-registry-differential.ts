import type { ChainContext } from "../../harness/chain-context.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { platformProperty } from "../platform-property.js";
import type { PlatformSequence } from "../platform-sequence.js";
import { pauseRegistryCommands } from "./arbitraries.js";
import { pauseRegistryInvariants } from "./invariants.js";

/**
 * PauseRegistry model ≡ chain (platform.md §3, G1–G6) on admin and operator rights and global and
 * per-app pauses, each followed by an app call through the probe, with OP (only the admin or an
 * operator changes a flag) and the pause's effect on that app call checked on the chain's own state.
 */
export function pauseRegistryDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<PlatformSequence> {
  return platformProperty(ctx, {
    property: "PR-differential",
    title: "PauseRegistry model ≡ chain, every step (OP, pauses and their effect on an app, G1–G6; OP and the effect as chain invariants)",
    commands: pauseRegistryCommands(),
    invariants: pauseRegistryInvariants,
    generator: "pause-registry-v1",
  }, maxCommands);
}
