import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { RngFulfil as Fulfil, type RngAnswer as Answer } from "../../../patterns/two-phase/rng-fulfil.js";
import { APP_ID, spreadFee } from "../../../../simulator/apps/on-chain-tarot/constants.js";
import type { TarotSequence } from "../sequence-model.js";
import { openReading, type ReadingArgs } from "./open-reading.js";
import { SettleReading } from "./settle-reading.js";

/**
 * The whole honest reading of on-chain-tarot.md in consecutive blocks: pay the spread's fee (plus
 * `extra`), then the hybrid path (initiateReading, the TEE's calculate-cards on the seed of its
 * ReadingInitiated, settleReading by the owner) or the legacy one (requestReading, the RNG
 * worker's fulfilment through the gateway: cards, or a refund on failure). Keeps runs reaching
 * completed and refunded readings of every spread; perturbations are the other commands' job.
 */
export class ReadingFlow implements DifferentialCommand<TarotSequence> {
  constructor(readonly reading: ReadingArgs, readonly hybrid: boolean, readonly answer: Answer, readonly extra = 0n, readonly pay = true) {}

  check(): boolean {
    return true;
  }

  async run(m: TarotSequence, r: DifferentialRun): Promise<void> {
    // No step of the flow depends on its time (no time boundary in TarotReading): the payment may
    // take a shared block's time too.
    if (this.pay) await payReceipt(m, r, this.reading.user, spreadFee(this.reading.spread) + this.extra, flexible(1_000n), APP_ID);
    const before = m.initiated.length;
    const pending = m.rng.pendingIds().length;
    await openReading(m, r, this.hybrid ? "initiateReading" : "requestReading", this.reading);
    if (this.hybrid && m.initiated.length > before) await new SettleReading(2 * (m.initiated.filter((x) => !m.settled.has(x.readingId)).length - 1), "owner", "owner", "none", 1_000n).run(m, r);
    if (!this.hybrid && m.rng.pendingIds().length > pending) await new Fulfil<TarotSequence>(m.rng.pendingIds().length - 1, this.answer, 1_000n).run(m, r);
  }

  toString(): string {
    const a = this.reading;
    return `reading(${a.user}, spread ${a.spread}, category ${a.category}, ${Buffer.byteLength(a.question)}B, ${this.hybrid ? "hybrid" : `legacy ${this.answer.kind}`}${this.extra ? `, +${this.extra} paid` : ""})`;
  }
}
