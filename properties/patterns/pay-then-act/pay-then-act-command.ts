import type { DifferentialRun } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import type { PaidSequence } from "./paid-sequence.js";
import { payReceipt } from "./pay-receipt.js";

/**
 * The honest paid flow of README §6 as one command: `payer` pays `amount` to PaymentHub for
 * `appId`, then, in a later block, `act` runs (presenting the newest receipt of its payer). Keeps
 * runs reaching the states after successful paid calls; hostile receipts are the single commands' job.
 */
export class PayThenAct<M extends PaidSequence> implements DifferentialCommand<M> {
  constructor(readonly payer: string, readonly amount: bigint, readonly appId: string, readonly act: DifferentialCommand<M>, readonly payDelayMs = 1_000n) {}

  check(m: Readonly<M>): boolean | Promise<boolean> {
    return this.act.check(m);
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    await payReceipt(m, r, this.payer, this.amount, this.payDelayMs, this.appId);
    await this.act.run(m, r);
  }

  toString(): string {
    return `pay(${this.payer}, ${this.amount}) then ${this.act.toString()}`;
  }
}
