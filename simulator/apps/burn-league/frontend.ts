import type { StackItem } from "../../runtime/stack-item.js";
import { readStringMap } from "../../runtime/string-map.js";

/**
 * The frontend's view of `getBurnStateForFrontend(user)` (burn-league.md, keys in this order) and
 * its off-chain calculation F(state, amount, now). Stored values are returned as they are: the
 * streak is not reset after its window, `seasonActive` stays true after `EndTime`.
 */
export interface BurnStateForFrontend {
  readonly currentStreak: bigint;
  readonly longestStreak: bigint;
  readonly lastBurnTime: bigint;
  readonly isNewBurner: boolean;
  readonly totalBurned: bigint;
  readonly seasonId: bigint;
  readonly seasonActive: boolean;
  readonly seasonEndTime: bigint;
  readonly currentTime: bigint;
  readonly minBurn: bigint;
  readonly tier1Threshold: bigint;
  readonly tier2Threshold: bigint;
  readonly tier3Threshold: bigint;
  readonly streakWindowMs: bigint;
  readonly maxStreakBonus: bigint;
}

/** What burnGasWithCalculation takes after burner, amount and receipt. */
export interface BurnSubmission {
  readonly points: bigint;
  readonly newStreak: bigint;
  readonly continued: boolean;
}

/**
 * F(state, amount, now) of burn-league.md "Frontend calculation", `now` the executing block's time
 * (normally state.currentTime). The getter does not expose the tier multipliers: 2 and 15/10 are
 * hard-coded as the spec says; the thresholds, the window and the cap come from the getter.
 */
export function frontendBurn(state: BurnStateForFrontend, amount: bigint, now: bigint = state.currentTime): BurnSubmission {
  const base = amount >= state.tier3Threshold ? 2n * amount : amount >= state.tier2Threshold ? (15n * amount) / 10n : amount;
  const continued = state.lastBurnTime > 0n && now <= state.lastBurnTime + state.streakWindowMs;
  const newStreak = continued ? state.currentStreak + 1n : 1n;
  const days = newStreak < state.maxStreakBonus ? newStreak : state.maxStreakBonus;
  const points = continued ? (base * (100n + days)) / 100n : base;
  return { points, newStreak, continued };
}

/** The end of the user's streak window: a burn at or before it continues the streak (0 without one). */
export const streakWindowEnd = (state: BurnStateForFrontend): bigint => (state.lastBurnTime > 0n ? state.lastBurnTime + state.streakWindowMs : 0n);

/** Reads the getter's Map (either side's Outcome stack item) into the frontend's state. */
export function readBurnState(item: StackItem): BurnStateForFrontend {
  const v = readStringMap(item, "getBurnStateForFrontend");
  return {
    currentStreak: v.int("currentStreak"),
    longestStreak: v.int("longestStreak"),
    lastBurnTime: v.int("lastBurnTime"),
    isNewBurner: v.bool("isNewBurner"),
    totalBurned: v.int("totalBurned"),
    seasonId: v.int("seasonId"),
    seasonActive: v.bool("seasonActive"),
    seasonEndTime: v.int("seasonEndTime"),
    currentTime: v.int("currentTime"),
    minBurn: v.int("minBurn"),
    tier1Threshold: v.int("tier1Threshold"),
    tier2Threshold: v.int("tier2Threshold"),
    tier3Threshold: v.int("tier3Threshold"),
    streakWindowMs: v.int("streakWindowMs"),
    maxStreakBonus: v.int("maxStreakBonus"),
  };
}
