import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import type { BetDelay } from "./bet-delay.js";

/** The bet limits of devpack.md §3 when none are stored: `[MaxBet, DailyLimit, CooldownMs, MaxConsecutive]`. */
export const DEFAULT_BET_LIMITS: readonly bigint[] = [10_000_000_000n, 100_000_000_000n, 30_000n, 20n];

/** Limits a short run of small bets meets: 1 GAS a bet, 2.5 GAS a day, 60 s cooldown, 3 in a row. */
export const TIGHT_BET_LIMITS: readonly bigint[] = [100_000_000n, 250_000_000n, 60_000n, 3n];

/** What a bet run needs of its sequence: the app and T_last. */
interface BetRunSequence {
  readonly app: string;
  time: bigint;
}

/**
 * The bet limits across time (devpack.md DP-P1, DP-P4) on one paid game call: ADMIN sets
 * TIGHT_BET_LIMITS; `player` bets four times, each block exactly at `last + Cooldown` (B) or at
 * B − 1 as `early` says, so that the fourth in a row meets "max consecutive bets reached"; then one
 * bet at `last + 5 × Cooldown − 1` (still counted) and one at `last + 5 × Cooldown` (the count
 * restarts); ADMIN restores the defaults. `bet(delay)` is the app's whole honest bet (pay, open,
 * settle) with its block at `delay`.
 */
export class BetRun<M extends BetRunSequence> implements DifferentialCommand<M> {
  constructor(
    readonly player: string,
    readonly early: readonly boolean[],
    readonly bet: (delay: BetDelay) => DifferentialCommand<M>,
    readonly label: string,
    readonly setter: "setBetLimits" | "setGameBetLimits" = "setGameBetLimits",
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    await this.limits(m, r, TIGHT_BET_LIMITS);
    const at = (factor: 1n | 5n, offset: bigint): BetDelay => ({ kind: "cooldown", player: this.player, factor, offset });
    for (let i = 0; i < 4; i++) await this.bet(at(1n, this.early[i] ? -1n : 0n)).run(m, r);
    await this.bet(at(5n, -1n)).run(m, r);
    await this.bet(at(5n, 0n)).run(m, r);
    await this.limits(m, r, DEFAULT_BET_LIMITS);
  }

  private async limits(m: M, r: DifferentialRun, l: readonly bigint[]): Promise<void> {
    await r.transaction({ contract: m.app, method: this.setter, args: l.map((x) => arg.int(x)) }, "admin", 1_000n);
    m.time = r.time;
  }

  toString(): string {
    return `betRun(${this.label}, ${this.early.slice(0, 4).map((e) => (e ? "B−1" : "B")).join(" ")})`;
  }
}
