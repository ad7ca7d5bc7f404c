import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import type { ContractCall } from "../../../../neo-express/driver/contract-call.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import type { DaoSequence } from "../sequence-model.js";

/** What a generated mask is: its type (1, 2; 0 and 3 rejected) and the identity hash's size (32; 31 and 33 rejected). */
export interface MaskShape {
  readonly maskType: bigint;
  readonly hashBytes: number;
}

/** createMask(owner, identityHash, maskType, receiptId), the identity hash `hashBytes` bytes derived from the sequence's clock. */
export function createMaskCall(m: DaoSequence, r: DifferentialRun, owner: string, s: MaskShape, receiptId: bigint): ContractCall {
  const hash = (m.time.toString(16).padStart(16, "0") + "a5".repeat(64)).slice(0, s.hashBytes * 2);
  return { contract: m.app, method: "createMask", args: [arg.hash160(chainActor(r, owner).scriptHash), arg.bytes(hash), arg.int(s.maskType), arg.int(receiptId)] };
}

/** `createMask` signed by `signer` for `owner` (a foreign signer → "unauthorized"), with the owner's receipt of `receipt`. */
export class CreateMask implements DifferentialCommand<DaoSequence> {
  constructor(readonly signer: string, readonly owner: string, readonly shape: MaskShape, readonly receipt: ReceiptChoice, readonly delayMs: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: DaoSequence, r: DifferentialRun): Promise<void> {
    // createMask has no time check and its identity hash comes from T_last, known before the block:
    // it may take a shared block's time.
    await r.transaction(createMaskCall(m, r, this.owner, this.shape, pickReceipt(m, this.owner, this.receipt)), this.signer, flexible(this.delayMs));
    m.time = r.time;
  }

  toString(): string {
    return `createMask(${this.signer}→${this.owner}, type ${this.shape.maskType}, hash ${this.shape.hashBytes} B, ${this.receipt}, +${this.delayMs}ms)`;
  }
}
