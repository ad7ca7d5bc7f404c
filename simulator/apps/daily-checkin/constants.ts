// daily-checkin.md "Constants"; mirrors the constants of contracts/DailyCheckin/MiniAppDailyCheckin.cs.
export const APP_ID = "miniapp-dailycheckin";
export const CHECK_IN_FEE = 100_000n;
export const FIRST_REWARD = 100_000_000n;
export const SUBSEQUENT_REWARD = 150_000_000n;
export const MILESTONE_30_BONUS = 500_000_000n;
export const MILESTONE_100_BONUS = 2_000_000_000n;
export const MILESTONE_365_BONUS = 10_000_000_000n;
export const BONUS_TYPE_MILESTONE = "milestone";
