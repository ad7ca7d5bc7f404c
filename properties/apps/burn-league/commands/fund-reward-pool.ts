import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { APP_ID } from "../../../../simulator/apps/burn-league/constants.js";
import { account, type BurnSequence } from "../sequence-model.js";

/**
 * `fundRewardPool(funder, amount, receiptId)`: the funder pays `amount + margin` first (a
 * negative margin: "insufficient payment"), or presents a held receipt; amount ≤ 0 → "invalid
 * amount". The pool grows by the submitted amount; the GAS stays in PaymentHub (README §6).
 */
export class FundRewardPool implements DifferentialCommand<BurnSequence> {
  constructor(readonly signer: string, readonly funder: string, readonly amount: bigint, readonly payMargin: bigint | undefined, readonly receipt: ReceiptChoice, readonly delayMs: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: BurnSequence, r: DifferentialRun): Promise<void> {
    const pay = this.payMargin === undefined ? 0n : this.amount + this.payMargin;
    // Neither the payment nor the funding depends on the time (no check of fundRewardPool reads
    // it): both plain delays may share a block.
    const paid = pay > 0n ? await payReceipt(m, r, this.funder, pay, flexible(1_000n), APP_ID) : undefined;
    const receiptId = paid ?? pickReceipt(m, this.funder, this.receipt);
    await r.transaction({ contract: m.app, method: "fundRewardPool", args: [account(m, this.funder), arg.int(this.amount), arg.int(receiptId)] }, this.signer, flexible(this.delayMs),
      `fundRewardPool(${this.funder}, ${this.amount}, receipt=${receiptId})`);
    m.time = r.time;
  }

  toString(): string {
    const receipt = this.payMargin === undefined ? this.receipt : `pay+${this.payMargin}`;
    return `fundRewardPool(${this.signer === this.funder ? this.funder : `${this.signer}→${this.funder}`}, ${this.amount}, ${receipt}, +${this.delayMs}ms)`;
  }
}
