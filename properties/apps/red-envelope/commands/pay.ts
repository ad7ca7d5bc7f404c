import type { DifferentialCommand } from "../../../harness/run-property.js";
import { type DifferentialRun, plainDelay } from "../../../harness/differential-run.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { APP_ID } from "../../../../simulator/apps/red-envelope/constants.js";
import type { EnvelopeSequence } from "../sequence-model.js";

/** A creator pays PaymentHub `amount` for an envelope (red-envelope.md "Payment"); `appId` may name another app (a foreign receipt). */
export class Pay implements DifferentialCommand<EnvelopeSequence> {
  constructor(readonly user: string, readonly amount: bigint, readonly delayMs: bigint, readonly appId = APP_ID) {}

  check(): boolean {
    return true;
  }

  async run(m: EnvelopeSequence, r: DifferentialRun): Promise<void> {
    // A payment carries no time: a plain delay that may share a block.
    await payReceipt(m, r, this.user, this.amount, plainDelay(this.delayMs), this.appId);
  }

  toString(): string {
    return `pay(${this.user}, ${this.amount}${this.appId === APP_ID ? "" : `, ${this.appId}`}, +${this.delayMs}ms)`;
  }
}
