import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { CoinFlipSequence } from "../sequence-model.js";
import { forcedResult } from "../forced-results.js";
import { Flip } from "./flip.js";

/**
 * CF-P2's streak bonus up to its cap: `n` legacy bets in a row by one player, each a cooldown
 * apart, the RNG forced to a win, so the win streak (and the bonus, 50 bps a win up to 500 bps
 * at streak ≥ 10) climbs.
 */
export class Streak implements DifferentialCommand<CoinFlipSequence> {
  constructor(readonly player: string, readonly n: number, readonly amount: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: CoinFlipSequence, r: DifferentialRun): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await new Flip(this.player, this.amount, true, false, { kind: "cooldown", player: this.player, factor: 1n, offset: 0n }, { kind: "forced", result: forcedResult(true, "win") }).run(m, r);
    }
  }

  toString(): string {
    return `streak(${this.player}, ${this.n} forced wins of ${this.amount})`;
  }
}
