import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { APP_ID, BLINDBOX_PRICE } from "../../../../simulator/apps/turtle-match/constants.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { showBetDelay, type BetDelay } from "../../../patterns/time-boundary/bet-delay.js";
import type { TurtleSequence } from "../sequence-model.js";
import { startGame } from "./start-game.js";
import { SettleGame } from "./settle-game.js";
import { withinCooldown } from "./game-delay.js";

/**
 * The whole honest game of turtle-match.md in consecutive blocks: pay `boxCount × 0.1 GAS` (plus
 * `extra`, kept by the hub), start the game with that receipt (its block perhaps on a cooldown
 * boundary), then settle by the owner with the TEE's totals for the seed of its GameStarted.
 * Keeps runs reaching settled sessions, paid rewards and bet-limit states.
 */
export class Play implements DifferentialCommand<TurtleSequence> {
  constructor(readonly player: string, readonly boxCount: bigint, readonly extra: bigint, readonly delay: BetDelay) {}

  check(): boolean {
    return true;
  }

  async run(m: TurtleSequence, r: DifferentialRun): Promise<void> {
    // The payment may share a block, before the start's boundary (B − 1 at the earliest).
    await payReceipt(m, r, this.player, this.boxCount * BLINDBOX_PRICE + this.extra, withinCooldown(m, this.player, 1_000n), APP_ID);
    const before = m.started.length;
    await startGame(m, r, { signer: this.player, player: this.player, boxCount: this.boxCount, receipt: "own", delay: this.delay });
    if (m.started.length > before) await new SettleGame(m.started.length - 1, "owner", "owner", "none", 1_000n).run(m, r);
  }

  toString(): string {
    return `play(${this.player}, ${this.boxCount} boxes${this.extra > 0n ? `, +${this.extra} paid` : ""}, ${showBetDelay(this.delay)})`;
  }
}
