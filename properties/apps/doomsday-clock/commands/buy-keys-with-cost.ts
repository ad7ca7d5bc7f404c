import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { frontendCost } from "../../../../simulator/apps/doomsday-clock/frontend.js";
import { frontendState, type DoomsdaySequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";

/**
 * The hybrid purchase `buyKeysWithCost(player, keyCount, submittedCost, receiptId)` [H]: the cost
 * comes from the frontend calculation over the model's state (honest), shifted by `costDelta`
 * when the command perturbs it. `player` may differ from the signer (→ "unauthorized").
 */
export class BuyKeysWithCost implements DifferentialCommand<DoomsdaySequence> {
  constructor(
    readonly signer: string,
    readonly player: string,
    readonly keyCount: bigint,
    readonly costDelta: bigint,
    readonly receipt: ReceiptChoice,
    readonly delay: Delay,
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
    const cost = frontendCost(frontendState(m), this.keyCount) + this.costDelta;
    const receiptId = pickReceipt(m, this.player, this.receipt);
    const player = chainActor(r, this.player);
    await r.transaction(
      { contract: m.app, method: "buyKeysWithCost", args: [arg.hash160(player.scriptHash), arg.int(this.keyCount), arg.int(cost), arg.int(receiptId)] },
      this.signer, resolveDelay(m, this.delay), `buyKeysWithCost(${this.player}, ${this.keyCount}, cost=${cost}, receipt=${receiptId})`);
    m.time = r.time;
  }

  toString(): string {
    const delta = this.costDelta === 0n ? "" : `, cost${this.costDelta > 0n ? "+" : ""}${this.costDelta}`;
    return `buyKeysWithCost(${this.signer}→${this.player}, ${this.keyCount}${delta}, ${this.receipt}, ${showDelay(this.delay)})`;
  }
}
