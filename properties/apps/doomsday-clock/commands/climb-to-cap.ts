import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { betLimitsOf } from "../../../../simulator/bases/bet-limits.js";
import { hash160FromDisplay } from "../../../../simulator/runtime/hash160.js";
import { frontendCost } from "../../../../simulator/apps/doomsday-clock/frontend.js";
import { BUYERS, frontendState, type DoomsdaySequence } from "../sequence-model.js";
import { Purchase } from "./purchase.js";

/** At most this many purchases per climb (about nine reach the cap at the default limits). */
const MAX_PURCHASES = 14;
/** GAS a buyer keeps for the fees of its next transactions. */
const FEE_RESERVE = 2_000_000_000n;

/**
 * DD-P6's cap: `EndTime = min(EndTime + 30,000·n, now + 86,400,000)` takes the second operand only
 * after about 2,760 keys in one round, more than a single purchase may cost (MaxBet, 100 GAS, is
 * about 730 keys at a round's start), so no random purchase ever reaches it (issue #15). This
 * command is the crowd near the end: from the model's state, the buyers take turns (a cooldown
 * apart) with honest purchases as large as MaxBet and their balance allow, until one purchase is
 * capped, then one more at the cap. Each purchase is the ordinary two-step flow, every step
 * compared; a round is started (or settled and restarted) first when none accepts purchases.
 */
export class ClimbToCap implements DifferentialCommand<DoomsdaySequence> {
  constructor(readonly hybrid: boolean) {}

  check(): boolean {
    return true;
  }

  async run(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
    let atCap = 0;
    for (let i = 0; i < MAX_PURCHASES && atCap < 2; i++) {
      const buyer = BUYERS[i % BUYERS.length]!;
      const keys = largestPurchase(m, r, buyer);
      if (keys < 1n) return;
      // 11 s + 1 s per purchase: a buyer's next purchase comes 36 s later, past the 30 s cooldown.
      await new Purchase(buyer, keys, 0n, this.hybrid, { kind: "ms", ms: 11_000n }, 1_000n, true).run(m, r);
      const s = frontendState(m);
      if (s.active && s.endTime === m.time + s.maxDuration) atCap++;
    }
  }

  toString(): string {
    return `climbToCap(${this.hybrid ? "hybrid" : "deprecated"})`;
  }
}

/** The most keys `buyer` may buy now: cost ≤ MaxBet and ≤ its balance less a fee reserve. */
function largestPurchase(m: DoomsdaySequence, r: DifferentialRun, buyer: string): bigint {
  const state = frontendState(m);
  const limits = m.model.testInvoke({ contract: m.app, method: "getBetLimits", args: [] }, m.time + 15_000n);
  const maxBet = limits.state === "HALT" ? betLimitsOf(limits.stack[0]!).maxBet : 0n;
  const balance = m.model.balanceOf("GAS", hash160FromDisplay("0x" + chainActor(r, buyer).scriptHash)) - FEE_RESERVE;
  const budget = maxBet < balance ? maxBet : balance;
  const after = state.active && state.currentTime < state.endTime ? state : { ...state, totalKeys: 0n };
  let [low, high] = [0n, 10_000n];
  while (low < high) {
    const mid = (low + high + 1n) / 2n;
    if (frontendCost(after, mid) <= budget) low = mid;
    else high = mid - 1n;
  }
  return low;
}
