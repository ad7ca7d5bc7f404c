import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { CoinFlipSequence } from "../sequence-model.js";
import { openBet, showBet, type BetArgs } from "./open-bet.js";

/** Phase one of the hybrid path, `initiateBet(player, amount, choice, receiptId)` [H]. */
export class InitiateBet implements DifferentialCommand<CoinFlipSequence> {
  constructor(readonly bet: BetArgs) {}

  check(): boolean {
    return true;
  }

  run(m: CoinFlipSequence, r: DifferentialRun): Promise<void> {
    return openBet(m, r, "initiateBet", this.bet);
  }

  toString(): string {
    return showBet("initiateBet", this.bet);
  }
}
