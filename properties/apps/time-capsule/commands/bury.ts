import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../../neo-express/driver/contract-call.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import type { CapsuleSequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/** What a generated capsule holds: content and title sizes in bytes, the lock `unlockTime − now`, visibility, category. */
export interface BuryShape {
  readonly contentBytes: number;
  readonly titleBytes: number;
  readonly lockMs: bigint;
  readonly isPublic: boolean;
  readonly category: bigint;
}

/** A string of exactly `bytes` UTF-8 bytes, multi-byte characters included (lengths are bytes, TC bounds). */
export function textOfBytes(bytes: number, seed: string): string {
  const unit = `é${seed}`;
  let s = "";
  while (Buffer.byteLength(s + unit) <= bytes) s += unit;
  while (Buffer.byteLength(s) < bytes) s += "x";
  return s;
}

/** The bury call for a block at `now`: unlockTime = now + lockMs. */
export function buryCall(m: CapsuleSequence, r: DifferentialRun, owner: string, s: BuryShape, receiptId: bigint, now: bigint): ContractCall {
  return {
    contract: m.app, method: "bury",
    args: [arg.hash160(chainActor(r, owner).scriptHash), arg.str(textOfBytes(s.contentBytes, "h")), arg.str(textOfBytes(s.titleBytes, "t")),
      arg.int(now + s.lockMs), arg.bool(s.isPublic), arg.int(s.category), arg.int(receiptId)],
  };
}

/**
 * `bury(owner, contentHash, title, unlockTime, isPublic, category, receiptId)`: unlockTime is the
 * executing block's time plus `lockMs` exactly, so the lock bounds (TC-P5) are hit to the ms.
 */
export class Bury implements DifferentialCommand<CapsuleSequence> {
  constructor(readonly signer: string, readonly owner: string, readonly shape: BuryShape, readonly receipt: ReceiptChoice, readonly delay: Delay) {}

  check(): boolean {
    return true;
  }

  async run(m: CapsuleSequence, r: DifferentialRun): Promise<void> {
    const receiptId = pickReceipt(m, this.owner, this.receipt);
    // Built for its block's time: unlockTime − now is `lockMs` whenever the block comes.
    await r.transaction((time) => buryCall(m, r, this.owner, this.shape, receiptId, time), this.signer, resolveDelay(m, this.delay));
    m.time = r.time;
  }

  toString(): string {
    const s = this.shape;
    return `bury(${this.signer}→${this.owner}, content ${s.contentBytes} B, title ${s.titleBytes} B, lock ${s.lockMs}, ${s.isPublic ? "public" : "private"}, cat ${s.category}, ${this.receipt}, ${showDelay(this.delay)})`;
  }
}
