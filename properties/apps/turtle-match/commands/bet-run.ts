import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { BetDelay } from "../../../patterns/time-boundary/bet-delay.js";
import type { TurtleSequence } from "../sequence-model.js";
import { Play } from "./play.js";

const TIGHT = [100_000_000n, 250_000_000n, 60_000n, 3n];
const DEFAULTS = [10_000_000_000n, 100_000_000_000n, 30_000n, 20n];

/**
 * TM-P6 / TM-P8 (devpack.md DP-P4): the bet limits across time on startGame. ADMIN sets tight
 * limits (1 GAS a game, 2.5 GAS a day, 60 s cooldown, 3 in a row); `player` plays games of
 * `boxCount` boxes, each start exactly at `last + Cooldown` (B) or at B − 1 as `early` says,
 * until the fourth in a row meets "max consecutive bets reached"; then one start at
 * `last + 5 × Cooldown − 1` (still refused) and one at `last + 5 × Cooldown` (the count
 * restarts); ADMIN restores the defaults.
 */
export class BetRun implements DifferentialCommand<TurtleSequence> {
  constructor(readonly player: string, readonly boxCount: bigint, readonly early: readonly boolean[]) {}

  check(): boolean {
    return true;
  }

  async run(m: TurtleSequence, r: DifferentialRun): Promise<void> {
    await this.limits(m, r, TIGHT);
    const at = (factor: 1n | 5n, offset: bigint): BetDelay => ({ kind: "cooldown", player: this.player, factor, offset });
    for (let i = 0; i < 4; i++) await new Play(this.player, this.boxCount, 0n, at(1n, this.early[i] ? -1n : 0n)).run(m, r);
    await new Play(this.player, this.boxCount, 0n, at(5n, -1n)).run(m, r);
    await new Play(this.player, this.boxCount, 0n, at(5n, 0n)).run(m, r);
    await this.limits(m, r, DEFAULTS);
  }

  private async limits(m: TurtleSequence, r: DifferentialRun, l: readonly bigint[]): Promise<void> {
    await r.transaction({ contract: m.app, method: "setGameBetLimits", args: l.map((x) => arg.int(x)) }, "admin", 1_000n);
    m.time = r.time;
  }

  toString(): string {
    return `betRun(${this.player}, ${this.boxCount} boxes, ${this.early.map((e) => (e ? "B−1" : "B")).join(" ")})`;
  }
}
