import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { Outcome } from "../../../../simulator/runtime/outcome.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import type { EnvelopeSequence } from "../sequence-model.js";
import { plainDelay } from "../../../harness/differential-run.js";

/** The arguments shared by `initiateEnvelope` [H] and `createEnvelope` [D flow]. */
export interface EnvelopeOrder {
  readonly creator: string;
  readonly total: bigint;
  readonly packets: bigint;
  readonly durationMs: bigint;
  readonly message: string;
}

export const showOrder = (o: EnvelopeOrder) => `${o.creator}, T=${o.total}, n=${o.packets}, dur=${o.durationMs}, msg ${Buffer.byteLength(o.message)}B`;

/**
 * `initiateEnvelope` (hybrid: NEW mode 0 and a seed) or `createEnvelope` (legacy: NEW mode 1 and a
 * gateway RNG request), signed by `signer` (another account → "unauthorized"), with a receipt
 * chosen among those held. The sequence remembers the envelope's creator and the request id.
 */
export function createStep(method: "initiateEnvelope" | "createEnvelope", signer: string, o: EnvelopeOrder, receipt: ReceiptChoice, delayMs: bigint): CallStep<EnvelopeSequence> {
  return new CallStep(`${method}(${showOrder(o)}, ${receipt})${signer === o.creator ? "" : ` by ${signer}`} +${delayMs}ms`, signer, () => plainDelay(delayMs),
    (m, r) => ({
      contract: m.app, method,
      args: [arg.hash160(chainActor(r, o.creator).scriptHash), arg.int(o.total), arg.int(o.packets), arg.int(o.durationMs), arg.str(o.message), arg.int(pickReceipt(m, o.creator, receipt))],
    }),
    (m, out) => remember(m, out, o.creator));
}

function remember(m: EnvelopeSequence, out: Outcome, creator: string): void {
  if (out.state !== "HALT") return;
  for (const n of out.notifications) {
    const [id, , third, , seed] = n.args;
    if (id?.type !== "Integer") continue;
    if (n.eventName === "EnvelopeInitiated") {
      m.creators.set(id.value, creator);
      if (seed?.type === "ByteString") m.seeds.set(id.value, seed.hex);
    }
    if (n.eventName === "EnvelopeRequested" && third?.type === "Integer") {
      m.creators.set(id.value, creator);
      m.requests.push(third.value);
      m.requestEnvelope.set(third.value, id.value);
    }
  }
}
