import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun, type FlexibleDelay } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { APP_ID, CHECK_IN_FEE } from "../../../../simulator/apps/daily-checkin/constants.js";
import { dayOf, frontendCheckIn } from "../../../../simulator/apps/daily-checkin/frontend.js";
import { reward } from "../../../../simulator/apps/daily-checkin/reward.js";
import { checkInState, type DailySequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/**
 * The whole honest check-in flow (daily-checkin.md "Payment"): pay CHECK_IN_FEE, then check in
 * with that receipt in the block at `delay` (a day boundary of DC-P4 or a plain delay), through
 * the hybrid with F for the day of that block (honest, README §5), or the legacy method.
 */
export class DailyCheckIn implements DifferentialCommand<DailySequence> {
  constructor(readonly user: string, readonly hybrid: boolean, readonly delay: Delay) {}

  check(): boolean {
    return true;
  }

  async run(m: DailySequence, r: DifferentialRun): Promise<void> {
    // Before a plain delay the payment may share a block; before a day boundary it stays exact, so
    // that it never passes the boundary the check-in aims at (nor, for a user without state, the
    // day that boundary is counted from).
    const payDelay = this.delay.kind === "ms" ? flexible(1n) : 1n;
    const receiptId = (await payReceipt(m, r, this.user, CHECK_IN_FEE, payDelay, APP_ID)) ?? 0n;
    await checkInAt(m, r, this.user, receiptId, this.hybrid, resolveDelay(m, r, this.user, this.delay));
  }

  toString(): string {
    return `dailyCheckIn(${this.user}, ${this.hybrid ? "hybrid" : "legacy"}, ${showDelay(this.delay)})`;
  }
}

/**
 * One check-in by `user` with `receiptId` in the block `delay` after T_last; hybrid values honest
 * for that block: F is built for the day of the time the block really runs at, so a flexible
 * delay may take a shared block's time.
 */
export async function checkInAt(m: DailySequence, r: DifferentialRun, user: string, receiptId: bigint, hybrid: boolean, delay: bigint | FlexibleDelay): Promise<void> {
  const who = arg.hash160(chainActor(r, user).scriptHash);
  const state = checkInState(m, r, user);
  const call = (time: bigint) => {
    const f = frontendCheckIn(state, dayOf(state, time)) ?? { newStreak: state.currentStreak + 1n, reward: reward(state.currentStreak + 1n), reset: false };
    return hybrid
      ? { contract: m.app, method: "checkInWithCalculation", args: [who, arg.int(receiptId), arg.int(f.newStreak), arg.int(f.reward), arg.bool(f.reset)] }
      : { contract: m.app, method: "checkIn", args: [who, arg.int(receiptId)] };
  };
  await r.transaction(call, user, delay);
  m.time = r.time;
}
