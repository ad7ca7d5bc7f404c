import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { frontendCheckIn, type CheckInSubmission } from "../../../../simulator/apps/daily-checkin/frontend.js";
import { reward } from "../../../../simulator/apps/daily-checkin/reward.js";
import { checkInState, type DailySequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/** A single-field change of the frontend's submission (DC-P2), or none. */
export type Tamper = "none" | "flip-reset" | "streak+1" | "streak-1" | "reward+1";

/**
 * The hybrid `checkInWithCalculation(user, receiptId, F(state, currentDay))` [H] as a frontend
 * makes it: F over the getter's state at tinv, submitted in a block `delay` later. A day
 * boundary in between makes the submission stale (README §5 "Frontend time rule"). Where F has
 * no valid submission (already checked in today), the frontend sends (streak + 1, R, false).
 */
export class CheckInWithCalculation implements DifferentialCommand<DailySequence> {
  constructor(readonly signer: string, readonly user: string, readonly tamper: Tamper, readonly receipt: ReceiptChoice, readonly delay: Delay) {}

  check(): boolean {
    return true;
  }

  async run(m: DailySequence, r: DifferentialRun): Promise<void> {
    const state = checkInState(m, r, this.user);
    const f = frontendCheckIn(state) ?? { newStreak: state.currentStreak + 1n, reward: reward(state.currentStreak + 1n), reset: false };
    const s = tampered(f, this.tamper);
    const receiptId = pickReceipt(m, this.user, this.receipt);
    const call = { contract: m.app, method: "checkInWithCalculation", args: [arg.hash160(chainActor(r, this.user).scriptHash), arg.int(receiptId), arg.int(s.newStreak), arg.int(s.reward), arg.bool(s.reset)] };
    await r.transaction(call, this.signer, resolveDelay(m, r, this.user, this.delay), `checkInWithCalculation(${this.user}, receipt=${receiptId}, ${s.newStreak}, ${s.reward}, ${s.reset})`);
    m.time = r.time;
  }

  toString(): string {
    return `checkInWithCalculation(${this.signer}→${this.user}${this.tamper === "none" ? "" : `, ${this.tamper}`}, ${this.receipt}, ${showDelay(this.delay)})`;
  }
}

export function tampered(f: CheckInSubmission, t: Tamper): CheckInSubmission {
  switch (t) {
    case "none": return f;
    case "flip-reset": return { ...f, reset: !f.reset };
    case "streak+1": return { ...f, newStreak: f.newStreak + 1n };
    case "streak-1": return { ...f, newStreak: f.newStreak - 1n };
    case "reward+1": return { ...f, reward: f.reward + 1n };
  }
}
