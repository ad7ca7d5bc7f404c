import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import { resolveDelay, showDelay, type Delay } from "../delay.js";
import { envelopeOf, type EnvelopeSequence } from "../sequence-model.js";

/** `claim(envelopeId, claimer)` signed by `signer` (≠ claimer → "unauthorized"), at a delay or an expiry boundary (RE-P8). */
export function claimStep(signer: string, claimer: string, pick: number, delay: Delay): CallStep<EnvelopeSequence> {
  return new CallStep(`claim(#${pick}, ${claimer})${signer === claimer ? "" : ` by ${signer}`} ${showDelay(delay)}`, signer,
    (m) => resolveDelay(m, delay, envelopeOf(m, pick)),
    (m, r) => ({ contract: m.app, method: "claim", args: [arg.int(envelopeOf(m, pick)), arg.hash160(chainActor(r, claimer).scriptHash)] }));
}
