import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { dayStart, delayTo } from "../../../patterns/time-boundary/boundary-delay.js";
import { APP_ID, CHECK_IN_FEE } from "../../../../simulator/apps/daily-checkin/constants.js";
import { dayIndex } from "../../../../simulator/bases/mini-app-base.js";
import type { DailySequence } from "../sequence-model.js";
import { checkInAt } from "./daily-check-in.js";

/**
 * `days` consecutive daily check-ins by one user (pay, then check in, every day at `msIntoDay`
 * after the day's start): streaks reach the 7th-day rewards (7, 14, 21, 28) and the 30-day
 * milestone bonus within one sequence (DC-P3, DC-P5). Paths alternate hybrid and legacy.
 */
export class StreakRun implements DifferentialCommand<DailySequence> {
  constructor(readonly user: string, readonly days: number, readonly msIntoDay: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: DailySequence, r: DifferentialRun): Promise<void> {
    for (let i = 0; i < this.days; i++) {
      const receiptId = (await payReceipt(m, r, this.user, CHECK_IN_FEE, 1n, APP_ID)) ?? 0n;
      const target = dayStart(dayIndex(m.time) + 1n, this.msIntoDay);
      await checkInAt(m, r, this.user, receiptId, i % 2 === 0, delayTo(m.time, target).delay);
    }
  }

  toString(): string {
    return `streakRun(${this.user}, ${this.days} days, +${this.msIntoDay}ms into each)`;
  }
}
