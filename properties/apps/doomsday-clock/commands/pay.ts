import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { APP_ID } from "../../../../simulator/apps/doomsday-clock/constants.js";
import { frontendCost } from "../../../../simulator/apps/doomsday-clock/frontend.js";
import { frontendState, type DoomsdaySequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";

/**
 * Step 2 of the purchase flow (doomsday-clock.md "Frontend calculation and payment"): a user
 * pays PaymentHub for `keys` keys at today's price plus a margin, with the app id as data; the
 * receipt id is the `paymentId` of the hub's PaymentReceived. `appId` may name another app
 * (a foreign receipt) when the test wants one.
 */
export class Pay implements DifferentialCommand<DoomsdaySequence> {
  constructor(readonly user: string, readonly keys: bigint, readonly margin: bigint, readonly delay: Delay, readonly appId = APP_ID) {}

  check(): boolean {
    return true;
  }

  async run(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
    const amount = frontendCost(frontendState(m), this.keys) + this.margin;
    await payReceipt(m, r, this.user, amount, resolveDelay(m, this.delay), this.appId, `pay(${this.keys} keys + ${this.margin}, ${amount} datoshi${this.appId === APP_ID ? "" : `, app ${this.appId}`})`);
  }

  toString(): string {
    return `pay(${this.user}, keys=${this.keys}, margin=${this.margin}, ${showDelay(this.delay)}${this.appId === APP_ID ? "" : `, ${this.appId}`})`;
  }
}
