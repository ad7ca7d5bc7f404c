import { MAX_STREAK_BONUS, STREAK_WINDOW, TIER2_THRESHOLD, TIER3_THRESHOLD } from "./constants.js";
import type { Streak } from "./streak.js";

/** P(a) (burn-league.md): 2a from TIER3, ⌊15a / 10⌋ from TIER2, else a. */
export function basePoints(a: bigint): bigint {
  if (a >= TIER3_THRESHOLD) return 2n * a;
  if (a >= TIER2_THRESHOLD) return (15n * a) / 10n;
  return a;
}

/** The bonus percent of a continued streak: 100 + min(newStreak, 10). */
export const bonusMultiplier = (newStreak: bigint): bigint => 100n + (newStreak < MAX_STREAK_BONUS ? newStreak : MAX_STREAK_BONUS);

/** The streak step of a burn of `a` at `now` (burn-league.md "Streak step"). */
export interface BurnStep {
  readonly continued: boolean;
  readonly newStreak: bigint;
  readonly points: bigint;
}

export function burnStep(st: Streak, a: bigint, now: bigint): BurnStep {
  const continued = st.last > 0n && now <= st.last + STREAK_WINDOW;
  const newStreak = continued ? st.cur + 1n : 1n;
  const points = continued ? (basePoints(a) * bonusMultiplier(newStreak)) / 100n : basePoints(a);
  return { continued, newStreak, points };
}
