import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { CoinFlipSequence } from "../sequence-model.js";
import { openBet, showBet, type BetArgs } from "./open-bet.js";

/** The legacy path, `placeBet(player, amount, choice, receiptId)`: an RNG request through the gateway. */
export class PlaceBet implements DifferentialCommand<CoinFlipSequence> {
  constructor(readonly bet: BetArgs) {}

  check(): boolean {
    return true;
  }

  run(m: CoinFlipSequence, r: DifferentialRun): Promise<void> {
    return openBet(m, r, "placeBet", this.bet);
  }

  toString(): string {
    return showBet("placeBet", this.bet);
  }
}
