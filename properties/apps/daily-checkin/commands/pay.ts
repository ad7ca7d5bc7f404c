import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { APP_ID, CHECK_IN_FEE } from "../../../../simulator/apps/daily-checkin/constants.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import type { DailySequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/**
 * Step 1 of a check-in (daily-checkin.md "Payment"): the user pays CHECK_IN_FEE plus a margin
 * (−1 gives a receipt that is one datoshi short: "insufficient payment") to PaymentHub, for this
 * app or, as a foreign receipt, for another.
 */
export class Pay implements DifferentialCommand<DailySequence> {
  constructor(readonly user: string, readonly margin: bigint, readonly delay: Delay, readonly appId = APP_ID) {}

  check(): boolean {
    return true;
  }

  async run(m: DailySequence, r: DifferentialRun): Promise<void> {
    await payReceipt(m, r, this.user, CHECK_IN_FEE + this.margin, resolveDelay(m, r, this.user, this.delay), this.appId);
  }

  toString(): string {
    return `pay(${this.user}, fee${this.margin >= 0n ? "+" : ""}${this.margin}, ${showDelay(this.delay)}${this.appId === APP_ID ? "" : `, ${this.appId}`})`;
  }
}
