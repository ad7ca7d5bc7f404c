import type { StackItem } from "../../runtime/stack-item.js";
import { readStringMap } from "../../runtime/string-map.js";
import { reward } from "./reward.js";

/**
 * The frontend's view of `getCheckInStateForFrontend(user)` (daily-checkin.md, keys in this
 * order) and its off-chain calculation F(state, d). The stored values are not adjusted for days
 * that have passed: F applies the reset rule itself.
 */
export interface CheckInStateForFrontend {
  readonly hasCheckedIn: boolean;
  readonly currentStreak: bigint;
  readonly highestStreak: bigint;
  readonly lastCheckinDay: bigint;
  readonly unclaimed: bigint;
  readonly totalCheckins: bigint;
  readonly currentTime: bigint;
  readonly currentDay: bigint;
  readonly twentyFourHours: bigint;
  readonly firstReward: bigint;
  readonly subsequentReward: bigint;
  readonly milestone30Bonus: bigint;
  readonly milestone100Bonus: bigint;
  readonly milestone365Bonus: bigint;
}

/** What checkInWithCalculation takes after user and receipt. */
export interface CheckInSubmission {
  readonly newStreak: bigint;
  readonly reward: bigint;
  readonly reset: boolean;
}

/**
 * F(state, d), d = dayIndex of the executing block (normally state.currentDay); undefined when no
 * submission is valid (d ≤ lastCheckinDay: the contract faults "already checked in today").
 * Milestone bonuses are not submitted; the contract adds them.
 */
export function frontendCheckIn(state: CheckInStateForFrontend, d: bigint = state.currentDay): CheckInSubmission | undefined {
  if (!state.hasCheckedIn) return { newStreak: 1n, reward: 0n, reset: false };
  if (d <= state.lastCheckinDay) return undefined;
  const reset = d > state.lastCheckinDay + 1n;
  const newStreak = reset ? 1n : state.currentStreak + 1n;
  return { newStreak, reward: reward(newStreak), reset };
}

/** The day of a block at time t (ms), with the day length the contract reports. */
export const dayOf = (state: CheckInStateForFrontend, t: bigint): bigint => t / state.twentyFourHours;

/** Reads the getter's Map (either side's Outcome stack item) into the frontend's state. */
export function readCheckInState(item: StackItem): CheckInStateForFrontend {
  const v = readStringMap(item, "getCheckInStateForFrontend");
  return {
    hasCheckedIn: v.bool("hasCheckedIn"),
    currentStreak: v.int("currentStreak"),
    highestStreak: v.int("highestStreak"),
    lastCheckinDay: v.int("lastCheckinDay"),
    unclaimed: v.int("unclaimed"),
    totalCheckins: v.int("totalCheckins"),
    currentTime: v.int("currentTime"),
    currentDay: v.int("currentDay"),
    twentyFourHours: v.int("twentyFourHours"),
    firstReward: v.int("firstReward"),
    subsequentReward: v.int("subsequentReward"),
    milestone30Bonus: v.int("milestone30Bonus"),
    milestone100Bonus: v.int("milestone100Bonus"),
    milestone365Bonus: v.int("milestone365Bonus"),
  };
}
