import type { DifferentialCommand } from "../../harness/run-property.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { PaidSequence } from "./paid-sequence.js";
import { payReceipt } from "./pay-receipt.js";

/**
 * Step one of a paid call (README §6) as a command of its own, for any app: `user` pays an amount
 * (a fee, one datoshi short of it, or more) to PaymentHub for `appId` (the app under test's or a
 * foreign one), leaving a receipt that later calls present.
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
