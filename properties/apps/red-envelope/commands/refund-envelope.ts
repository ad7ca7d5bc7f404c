import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import { resolveDelay, showDelay, type Delay } from "../delay.js";
import { envelopeOf, type EnvelopeSequence } from "../sequence-model.js";

/** `refundEnvelope(envelopeId)` by the creator (or `signer` → "unauthorized"), at a delay or an expiry boundary (RE-P8). */
export function refundStep(signer: string | undefined, pick: number, delay: Delay): CallStep<EnvelopeSequence> {
  return new CallStep(`refundEnvelope(#${pick})${signer ? ` by ${signer}` : ""} ${showDelay(delay)}`,
    (m) => signer ?? m.creators.get(envelopeOf(m, pick)) ?? "u1",
    (m) => resolveDelay(m, delay, envelopeOf(m, pick)),
    (m) => ({ contract: m.app, method: "refundEnvelope", args: [arg.int(envelopeOf(m, pick))] }));
}
