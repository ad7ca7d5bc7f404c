import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { frontendCost } from "../../../../simulator/apps/doomsday-clock/frontend.js";
import { DEFAULT_BET_LIMITS } from "../../../../simulator/bases/bet-limits.js";
import { frontendState, type DoomsdaySequence } from "../sequence-model.js";
import { Purchase, roundAcceptingPurchases } from "./purchase.js";

/**
 * BET step 4 (devpack.md §3, `"daily limit exceeded"`) on purpose: ADMIN sets a daily limit of one
 * and a half times the cost of `keys` keys now (MaxBet the same, cooldown 0 so that step 5 stays
 * quiet), the player makes two honest purchases of `keys` keys in the same day (the second is
 * refused, its receipt stays unused), and ADMIN puts the default limits back. Random tight limits
 * (base-calls.ts) met a second purchase on the same day about three times in 100 sequences (issue
 * #15 asks for every spec message at least five times). `consecutive`: BET step 6 instead
 * (`"max consecutive bets reached"`): MaxConsecutive 1 and a cooldown of 1,000 ms, so the second
 * purchase, 2 s later, is past the cooldown and inside 5 × cooldown.
 */
export class DailyLimitPair implements DifferentialCommand<DoomsdaySequence> {
  constructor(readonly player: string, readonly keys: bigint, readonly hybrid: boolean, readonly consecutive = false) {}

  check(): boolean {
    return true;
  }

  async run(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
    await roundAcceptingPurchases(m, r);
    const cost = frontendCost(frontendState(m), this.keys);
    const limit = cost + cost / 2n;
    const d = DEFAULT_BET_LIMITS;
    await setBetLimits(m, r, this.consecutive ? [d.maxBet, d.dailyLimit, 1_000n, 1n] : [limit, limit, 0n, d.maxConsecutive]);
    for (const hybrid of [this.hybrid, !this.hybrid]) await new Purchase(this.player, this.keys, 0n, hybrid, { kind: "ms", ms: 1_000n }, 1_000n, true).run(m, r);
    await setBetLimits(m, r, [d.maxBet, d.dailyLimit, d.cooldownMs, d.maxConsecutive]);
  }

  toString(): string {
    return `${this.consecutive ? "consecutivePair" : "dailyLimitPair"}(${this.player}, 2 × ${this.keys} keys, ${this.hybrid ? "hybrid first" : "deprecated first"})`;
  }
}

async function setBetLimits(m: DoomsdaySequence, r: DifferentialRun, limits: readonly bigint[]): Promise<void> {
  await r.transaction({ contract: m.app, method: "setBetLimits", args: limits.map((x) => arg.int(x)) }, "admin", 1_000n);
  m.time = r.time;
}
