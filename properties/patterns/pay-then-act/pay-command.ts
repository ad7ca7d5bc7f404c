import type { DifferentialCommand } from "../../harness/run-property.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { PaidSequence } from "./paid-sequence.js";
import { payReceipt } from "./pay-receipt.js";

/**
 * Pay, then act (README §6) as a command of its own: `user` pays `amount` to PaymentHub for the
 * app `appId` (the app under test, or another app for a foreign receipt) and keeps the receipt;
 * the paid call comes later, from another command, with a receipt chosen among those held.
 */
export class PayCommand<M extends PaidSequence> implements DifferentialCommand<M> {
  constructor(readonly user: string, readonly amount: bigint, readonly delayMs: bigint, readonly appId: string, readonly ownAppId: string) {}

  check(): boolean {
    return true;
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    await payReceipt(m, r, this.user, this.amount, this.delayMs, this.appId);
  }

  toString(): string {
    return `pay(${this.user}, ${this.amount}, +${this.delayMs}ms${this.appId === this.ownAppId ? "" : `, ${this.appId}`})`;
  }
}
