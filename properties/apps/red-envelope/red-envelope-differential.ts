import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { redEnvelopeCommands } from "./arbitraries.js";
import { redEnvelopeInvariants } from "./invariants.js";
import type { EnvelopeSequence } from "./sequence-model.js";

/**
 * The RedEnvelope model-vs-chain run (red-envelope.md with README §10 G1–G9): payments, hybrid
 * and legacy creations (honest and at every CHK bound), lazy and eager settlements (RE-P2's table),
 * the gateway RNG flow (TEE fulfilments, failures, late callbacks), claims and refunds at the
 * expiry boundary pair, the O(1) checks against D (RE-P4, RE-P10), the lazy ≡ eager pair (RE-P3),
 * each sequence in a fresh world; from the chain alone: RE-P6 conservation, RE-P11 seed lifetime, G7.
 */
export function redEnvelopeDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<EnvelopeSequence> {
  return appDifferential(ctx, {
    slug: "red-envelope",
    label: "RedEnvelope",
    property: "RE-differential",
    title: "RedEnvelope model ≡ chain, every step (G1–G6, G8 RE-P3, G9 RE-P2, RE-P1, RE-P4, RE-P7–P10); from the chain alone: RE-P6, RE-P9, RE-P11, G7 conservation",
    pattern: "two-phase seed + O(1) verification + gateway RNG",
    commands: redEnvelopeCommands(),
    maxCommands,
    generator: "red-envelope-v1",
    sequence: ({ world, model, real, app }): EnvelopeSequence => ({
      model, app, paymentHub: world.hashes.paymentHub, gateway: world.hashes.gateway,
      receipts: [], creators: new Map(), requests: [], requestEnvelope: new Map(), seeds: new Map(), time: real.time,
    }),
    invariants: redEnvelopeInvariants,
  });
}
