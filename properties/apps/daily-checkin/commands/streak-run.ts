import type { DifferentialCommand } from "../../../harness/run-property.js";
import { FLEXIBLE_SLACK_MS, flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { dayStart, delayTo } from "../../../patterns/time-boundary/boundary-delay.js";
import { APP_ID, CHECK_IN_FEE } from "../../../../simulator/apps/daily-checkin/constants.js";
import { dayIndex } from "../../../../simulator/bases/mini-app-base.js";
import type { DailySequence } from "../sequence-model.js";
import { checkInAt } from "./daily-check-in.js";
import { endOfDay } from "./delay.js";

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
      // The payment may share a block until the day ends (the next check-in is counted from its
      // day, so it must stay on the day of the last one); the check-in is built for its block's
      // time (checkInAt) and may come any time on its day (the streak continues all day), except
      // at the day's first millisecond: (L + 1)·DAY, a DC-P4 boundary, stays exact.
      const receiptId = (await payReceipt(m, r, this.user, CHECK_IN_FEE, flexible(1n, FLEXIBLE_SLACK_MS, endOfDay(m.time)), APP_ID)) ?? 0n;
      const target = dayStart(dayIndex(m.time) + 1n, this.msIntoDay);
      const delay = delayTo(m.time, target).delay;
      await checkInAt(m, r, this.user, receiptId, i % 2 === 0, this.msIntoDay === 0n ? delay : flexible(delay, FLEXIBLE_SLACK_MS, endOfDay(target)));
    }
  }

  toString(): string {
    return `streakRun(${this.user}, ${this.days} days, +${this.msIntoDay}ms into each)`;
  }
}
