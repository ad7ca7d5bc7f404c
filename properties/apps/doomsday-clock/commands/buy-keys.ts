import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { DoomsdaySequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";

/** The deprecated purchase `buyKeys(player, keyCount, receiptId)` [D], its cost an O(n) loop on chain. */
export class BuyKeys implements DifferentialCommand<DoomsdaySequence> {
  constructor(readonly signer: string, readonly player: string, readonly keyCount: bigint, readonly receipt: ReceiptChoice, readonly delay: Delay) {}

  check(): boolean {
    return true;
  }

  async run(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
    const receiptId = pickReceipt(m, this.player, this.receipt);
    const player = chainActor(r, this.player);
    await r.transaction(
      { contract: m.app, method: "buyKeys", args: [arg.hash160(player.scriptHash), arg.int(this.keyCount), arg.int(receiptId)] },
      this.signer, resolveDelay(m, this.delay), `buyKeys(${this.player}, ${this.keyCount}, receipt=${receiptId})`);
    m.time = r.time;
  }

  toString(): string {
    return `buyKeys(${this.signer}→${this.player}, ${this.keyCount}, ${this.receipt}, ${showDelay(this.delay)})`;
  }
}
