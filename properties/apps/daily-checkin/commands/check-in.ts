import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import type { DailySequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/** The legacy `checkIn(user, receiptId)`; `user` may differ from the signer (→ "unauthorized"). */
export class CheckIn implements DifferentialCommand<DailySequence> {
  constructor(readonly signer: string, readonly user: string, readonly receipt: ReceiptChoice, readonly delay: Delay) {}

  check(): boolean {
    return true;
  }

  async run(m: DailySequence, r: DifferentialRun): Promise<void> {
    const receiptId = pickReceipt(m, this.user, this.receipt);
    const user = this.user === "zero" ? arg.hash160("0".repeat(40)) : arg.hash160(chainActor(r, this.user).scriptHash);
    const delay = resolveDelay(m, r, this.user === "zero" ? this.signer : this.user, this.delay);
    await r.transaction({ contract: m.app, method: "checkIn", args: [user, arg.int(receiptId)] }, this.signer, delay, `checkIn(${this.user}, receipt=${receiptId})`);
    m.time = r.time;
  }

  toString(): string {
    return `checkIn(${this.signer}→${this.user}, ${this.receipt}, ${showDelay(this.delay)})`;
  }
}
