import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { APP_ID } from "../../../../simulator/apps/coin-flip/constants.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import type { CoinFlipSequence } from "../sequence-model.js";
import { Fulfil, type Answer } from "./fulfil.js";
import { openBet } from "./open-bet.js";
import { SettleBet } from "./settle-bet.js";
import { showBetDelay, type BetDelay } from "../../../patterns/time-boundary/bet-delay.js";
import { payLatest } from "./bet-window.js";

/**
 * The whole honest bet of coin-flip.md in consecutive blocks: pay the stake, then the hybrid
 * path (initiateBet, the TEE's flip-coin on the seed of its BetInitiated, settleBet by the owner)
 * or the legacy one (placeBet, the TEE's fulfilment through the gateway). The bet's block may sit
 * on a cooldown boundary; perturbations are the other commands' job. Keeps runs reaching streaks,
 * jackpots and refunds.
 */
export class Flip implements DifferentialCommand<CoinFlipSequence> {
  constructor(readonly player: string, readonly amount: bigint, readonly choice: boolean, readonly hybrid: boolean, readonly delay: BetDelay, readonly answer: Answer, readonly pay = true) {}

  check(): boolean {
    return true;
  }

  async run(m: CoinFlipSequence, r: DifferentialRun): Promise<void> {
    // The payment's time matters to nothing but the bet after it: it may come later, but not past
    // the bet's boundary (exact) nor so late that the bet's plain delay crosses a bet-limit boundary.
    if (this.pay) await payReceipt(m, r, this.player, this.amount, flexible(1_000n, undefined, payLatest(m, this.delay, this.player, 1_000n)), APP_ID);
    const before = m.initiated.length;
    const pending = m.rng.pendingIds().length;
    await openBet(m, r, this.hybrid ? "initiateBet" : "placeBet", { signer: this.player, player: this.player, amount: this.amount, choice: this.choice, receipt: "own", delay: this.delay });
    if (this.hybrid && m.initiated.length > before) await new SettleBet(m.initiated.length - 1, "owner", "owner", "none", 1_000n).run(m, r);
    if (!this.hybrid && m.rng.pendingIds().length > pending) await new Fulfil(m.rng.pendingIds().length - 1, this.answer, 1_000n).run(m, r);
  }

  toString(): string {
    return `flip(${this.player}, ${this.amount}, ${this.choice ? "heads" : "tails"}, ${this.hybrid ? "hybrid" : `legacy ${this.answer.kind}`}, ${showBetDelay(this.delay)})`;
  }
}
