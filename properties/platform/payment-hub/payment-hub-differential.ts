import type { ChainContext } from "../../harness/chain-context.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { platformProperty } from "../platform-property.js";
import type { PlatformSequence } from "../platform-sequence.js";
import { paymentHubCommands } from "./arbitraries.js";
import { paymentHubInvariants } from "./invariants.js";

/**
 * PaymentHub model ≡ chain (platform.md §1, G1–G6) on generated payments, configurations and
 * withdrawals by every kind of signer, with PH-P1 (receipt ids), PH-P2 (Σ receipts − Σ withdrawn =
 * balance) and the hub's GAS = Σ balances checked on the chain's own state after every step.
 * PH-P3 and PH-P4's length bound are reached as FAULTs compared with the model's.
 */
export function paymentHubDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<PlatformSequence> {
  return platformProperty(ctx, {
    property: "PH-differential",
    title: "PaymentHub model ≡ chain, every step (PH-P1–P4, G1–G6; PH-P1, PH-P2 as chain invariants)",
    commands: paymentHubCommands(),
    invariants: paymentHubInvariants,
    generator: "payment-hub-v2",
  }, maxCommands);
}
