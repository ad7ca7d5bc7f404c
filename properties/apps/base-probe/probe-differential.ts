import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { probeCommands } from "./arbitraries.js";
import { deployedCode } from "../../../neo-express/world/fixture-log.js";
import type { ProbeSequence } from "./probe-sequence.js";

/**
 * The base classes model-vs-chain (devpack.md, DP-P1…P4, with README §10 G1–G6), through the
 * probe app MiniAppBaseProbe over MiniAppGameComputeBase: admin changes, pause, receipts, bet
 * limits with time advancing, the script registry, seeds and RNG requests with their callbacks.
 */
export function probeDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<ProbeSequence> {
  return appDifferential(ctx, {
    slug: "base-probe",
    label: "MiniAppBaseProbe",
    property: "DP-differential",
    title: "DevPack base classes model ≡ chain, every step (DP-P1–P4, G1–G6)",
    pattern: "base classes",
    commands: probeCommands(),
    maxCommands,
    generator: "base-probe-v2",
    sequence: ({ world, model, real, app }) => ({ model, app, paymentHub: world.hashes.paymentHub, gateway: world.hashes.gateway, pauseRegistry: world.hashes.pauseRegistry, receipts: [], requests: [], time: real.time, code: deployedCode(world.log, app) }),
  });
}
