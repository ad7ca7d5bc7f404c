import type { ChainContext } from "../../harness/chain-context.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { platformProperty } from "../platform-property.js";
import type { PlatformSequence } from "../platform-sequence.js";
import { gatewayCommands } from "./arbitraries.js";
import { gatewayInvariants } from "./invariants.js";

/**
 * ServiceLayerGateway model ≡ chain (platform.md §2, G1–G6) on RNG requests of the probe app and
 * their fulfilments by every kind of signer, with GW-P1 (consecutive ids), GW-P2 (fulfilled at most
 * once) and GW-P3 (only the updater fulfils) checked on the chain's own state after every step;
 * GW-P4 (a faulting callback leaves the request pending and the app unchanged) by the comparison
 * of the request and the probe's storage with the model's.
 */
export function gatewayDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<PlatformSequence> {
  return platformProperty(ctx, {
    property: "GW-differential",
    title: "ServiceLayerGateway model ≡ chain, every step (GW-P1–P4, G1–G6; GW-P1–P3 as chain invariants)",
    commands: gatewayCommands(),
    invariants: gatewayInvariants,
    generator: "service-layer-gateway-v2",
  }, maxCommands);
}
