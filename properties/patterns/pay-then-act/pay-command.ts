import type { DifferentialRun } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import type { PaidSequence } from "./paid-sequence.js";
import { payReceipt } from "./pay-receipt.js";

/** Pay, then act (README §6), the paying half alone: `user` pays `amount` to PaymentHub for `appId` (the app's, or another's for a foreign receipt). */
export class Pay<M extends PaidSequence> implements DifferentialCommand<M> {
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
