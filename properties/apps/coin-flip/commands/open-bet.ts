import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { initiatedBetOf } from "../../../../simulator/apps/coin-flip/frontend.js";
import { accountDisplay } from "../../../patterns/app-sequence/app-sequence.js";
import { showBetDelay, type BetDelay } from "../../../patterns/time-boundary/bet-delay.js";
import { betDelayOf } from "./bet-window.js";
import type { CoinFlipSequence } from "../sequence-model.js";

/** What initiateBet and placeBet share: `(player, amount, choice, receiptId)`, signed by `signer`. */
export interface BetArgs {
  readonly signer: string;
  readonly player: string;
  readonly amount: bigint;
  readonly choice: boolean;
  readonly receipt: ReceiptChoice;
  readonly delay: BetDelay;
}

/** `initiateBet` / `placeBet(player, amount, choice, receiptId)` on the app. */
export const betCall = (m: CoinFlipSequence, method: BetMethod, player: string, amount: bigint, choice: boolean, receiptId: bigint) => ({
  contract: m.app, method, args: [arg.hash160(accountDisplay(m, player)), arg.int(amount), arg.bool(choice), arg.int(receiptId)],
});

export type BetMethod = "initiateBet" | "placeBet";

/**
 * One bet transaction. The frontend then keeps what the chain told it: a hybrid bet's
 * BetInitiated (its seed, for the TEE), a legacy bet's gateway request (for the RNG worker).
 */
export async function openBet(m: CoinFlipSequence, r: DifferentialRun, method: "initiateBet" | "placeBet", b: BetArgs): Promise<void> {
  const receiptId = pickReceipt(m, b.player, b.receipt);
  const { chain } = await r.transaction(
    betCall(m, method, b.player, b.amount, b.choice, receiptId),
    b.signer, betDelayOf(m, b.delay, b.player), `${method}(${b.player}, ${b.amount}, ${b.choice ? "heads" : "tails"}, receipt=${receiptId})`);
  m.time = r.time;
  if (chain.state !== "HALT") return;
  const bet = initiatedBetOf(chain.notifications, m.app);
  if (bet) m.initiated.push(bet);
  m.rng.observe(chain);
}

export const showBet = (method: string, b: BetArgs): string =>
  `${method}(${b.signer === b.player ? b.player : `${b.signer}→${b.player}`}, ${b.amount}, ${b.choice ? "heads" : "tails"}, ${b.receipt}, ${showBetDelay(b.delay)})`;

/**
 * A bet as its own command: phase one of the hybrid path, `initiateBet(player, amount, choice,
 * receiptId)` [H], or the legacy `placeBet` with the same arguments (an RNG request through the
 * gateway).
 */
export class OpenBet implements DifferentialCommand<CoinFlipSequence> {
  constructor(readonly method: "initiateBet" | "placeBet", readonly bet: BetArgs) {}

  check(): boolean {
    return true;
  }

  run(m: CoinFlipSequence, r: DifferentialRun): Promise<void> {
    return openBet(m, r, this.method, this.bet);
  }

  toString(): string {
    return showBet(this.method, this.bet);
  }
}
