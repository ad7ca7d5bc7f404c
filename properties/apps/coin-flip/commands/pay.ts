import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { APP_ID } from "../../../../simulator/apps/coin-flip/constants.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import type { CoinFlipSequence } from "../sequence-model.js";

/** Pay, then act (README §6): a stake paid to PaymentHub for this app (or, for a foreign receipt, another). */
export class Pay implements DifferentialCommand<CoinFlipSequence> {
  constructor(readonly user: string, readonly amount: bigint, readonly delayMs: bigint, readonly appId = APP_ID) {}

  check(): boolean {
    return true;
  }

  async run(m: CoinFlipSequence, r: DifferentialRun): Promise<void> {
    await payReceipt(m, r, this.user, this.amount, this.delayMs, this.appId);
  }

  toString(): string {
    return `pay(${this.user}, ${this.amount}, +${this.delayMs}ms${this.appId === APP_ID ? "" : `, ${this.appId}`})`;
  }
}
