import { arg } from "../../../neo-express/driver/abi-arg.js";
import { APP_ID, CHECK_IN_FEE } from "../../../simulator/apps/daily-checkin/constants.js";
import { dayOf, frontendCheckIn } from "../../../simulator/apps/daily-checkin/frontend.js";
import { reward } from "../../../simulator/apps/daily-checkin/reward.js";
import { chainActor } from "../../harness/chain-actor.js";
import { flexible, type DifferentialRun } from "../../harness/differential-run.js";
import type { EquivalencePattern } from "../../patterns/equivalence/equivalence-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { checkInState, type DailySequence } from "./sequence-model.js";
import { endOfDay } from "./commands/delay.js";

/**
 * DC-P3 (G8): `checkInWithCalculation(u, r, F(state, d))` ≡ `checkIn(u, r)` from one state at
 * one time `delayMs` after the payment: identical storage (UserState with Highest/Resets/JoinTime,
 * 41, 42, receipts), notifications (StreakReset, MilestoneReached, BonusReward, CheckedIn),
 * return and receipt consumption. Where F has no valid submission (already checked in today) the
 * hybrid gets (streak + 1, R, false) and both must fault alike at check 5.
 */
export function dailyCheckInPair(user: string, delayMs: bigint): EquivalencePattern<DailySequence> {
  let receipt = 0n;
  const who = (r: DifferentialRun) => arg.hash160(chainActor(r, user).scriptHash);
  return {
    name: `checkInWithCalculation ≡ checkIn (${user}, +${delayMs}ms)`,
    prepare: async (m, r) => {
      // The payment only makes the receipt: it may share a block (the pair's time counts from it).
      receipt = (await payReceipt(m, r, user, CHECK_IN_FEE, flexible(1n), APP_ID)) ?? 0n;
    },
    hybrid: (m, r) => {
      const state = checkInState(m, r, user);
      const f = frontendCheckIn(state, dayOf(state, r.time + delayMs)) ?? { newStreak: state.currentStreak + 1n, reward: reward(state.currentStreak + 1n), reset: false };
      return { call: { contract: m.app, method: "checkInWithCalculation", args: [who(r), arg.int(receipt), arg.int(f.newStreak), arg.int(f.reward), arg.bool(f.reset)] }, sender: user };
    },
    deprecated: (m, r) => ({ call: { contract: m.app, method: "checkIn", args: [who(r), arg.int(receipt)] }, sender: user }),
    model: (m) => m.model,
    contracts: (m) => [m.app, m.paymentHub],
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // The hybrid's F is computed for the day of T_last + delayMs, and F depends on the block's
    // day only (daily-checkin.md F(state, d)): both paths stay honest, and comparable, until that
    // day ends.
    latest: (m) => endOfDay(m.time + delayMs),
  };
}
