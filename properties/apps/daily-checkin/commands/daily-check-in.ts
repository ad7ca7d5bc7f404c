import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
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
    const receiptId = (await payReceipt(m, r, this.user, CHECK_IN_FEE, 1n, APP_ID)) ?? 0n;
    await checkInAt(m, r, this.user, receiptId, this.hybrid, resolveDelay(m, r, this.user, this.delay));
  }

  toString(): string {
    return `dailyCheckIn(${this.user}, ${this.hybrid ? "hybrid" : "legacy"}, ${showDelay(this.delay)})`;
  }
}

/** One check-in by `user` with `receiptId` in the block `delay` after T_last; hybrid values honest for that block. */
export async function checkInAt(m: DailySequence, r: DifferentialRun, user: string, receiptId: bigint, hybrid: boolean, delay: bigint): Promise<void> {
  const who = arg.hash160(chainActor(r, user).scriptHash);
  const state = checkInState(m, r, user);
  const f = frontendCheckIn(state, dayOf(state, m.time + delay)) ?? { newStreak: state.currentStreak + 1n, reward: reward(state.currentStreak + 1n), reset: false };
  const call = hybrid
    ? { contract: m.app, method: "checkInWithCalculation", args: [who, arg.int(receiptId), arg.int(f.newStreak), arg.int(f.reward), arg.bool(f.reset)] }
    : { contract: m.app, method: "checkIn", args: [who, arg.int(receiptId)] };
  await r.transaction(call, user, delay);
  m.time = r.time;
}
