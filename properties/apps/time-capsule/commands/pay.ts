import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { APP_ID } from "../../../../simulator/apps/time-capsule/constants.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import type { CapsuleSequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/**
 * Step one of a paid call (README §6): `user` pays a fee (plus a margin, or one datoshi less for an
 * "insufficient payment" receipt) to PaymentHub for this app, or for another app (a foreign receipt).
 */
export class Pay implements DifferentialCommand<CapsuleSequence> {
  constructor(readonly user: string, readonly amount: bigint, readonly delay: Delay, readonly appId = APP_ID) {}

  check(): boolean {
    return true;
  }

  async run(m: CapsuleSequence, r: DifferentialRun): Promise<void> {
    await payReceipt(m, r, this.user, this.amount, resolveDelay(m, this.delay), this.appId);
  }

  toString(): string {
    return `pay(${this.user}, ${this.amount}, ${showDelay(this.delay)}${this.appId === APP_ID ? "" : `, ${this.appId}`})`;
  }
}
