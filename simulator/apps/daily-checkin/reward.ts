import { FIRST_REWARD, MILESTONE_100_BONUS, MILESTONE_30_BONUS, MILESTONE_365_BONUS, SUBSEQUENT_REWARD } from "./constants.js";

/** R(s) (daily-checkin.md): 0 if s < 7; FIRST_REWARD if s = 7; SUBSEQUENT_REWARD if s mod 7 = 0; else 0. */
export function reward(s: bigint): bigint {
  if (s < 7n) return 0n;
  if (s === 7n) return FIRST_REWARD;
  return s % 7n === 0n ? SUBSEQUENT_REWARD : 0n;
}

/** M(s): the bonus of the milestones 30, 100 and 365; 0 otherwise. */
export function milestoneBonus(s: bigint): bigint {
  if (s === 30n) return MILESTONE_30_BONUS;
  if (s === 100n) return MILESTONE_100_BONUS;
  if (s === 365n) return MILESTONE_365_BONUS;
  return 0n;
}
