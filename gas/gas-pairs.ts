import type { GasPairPlan } from "./gas-pair-plan.js";
import { COIN_FLIP_PAIRS } from "./pairs/coin-flip.js";
import { DOOMSDAY_CLOCK_PAIRS } from "./pairs/doomsday-clock.js";
import { DAILY_CHECKIN_PAIRS } from "./pairs/daily-checkin.js";
import { RED_ENVELOPE_PAIRS } from "./pairs/red-envelope.js";
import { TIME_CAPSULE_PAIRS } from "./pairs/time-capsule.js";
import { BURN_LEAGUE_PAIRS } from "./pairs/burn-league.js";
import { COMPOUND_CAPSULE_PAIRS } from "./pairs/compound-capsule.js";
import { NEO_GACHA_PAIRS } from "./pairs/neo-gacha.js";
import { LOTTERY_PAIRS } from "./pairs/lottery.js";
import { ON_CHAIN_TAROT_PAIRS } from "./pairs/on-chain-tarot.js";
import { MASQUERADE_DAO_PAIRS } from "./pairs/masquerade-dao.js";

/**
 * Every hybrid ↔ deprecated pair of the app specs, by app slug. An app issue adds its pairs in
 * `pairs/<app>.ts` and one line here; the sweep, fit, table and snapshot pick them up.
 */
export const GAS_PAIRS: ReadonlyMap<string, readonly GasPairPlan[]> = new Map<string, readonly GasPairPlan[]>([
  ["doomsday-clock", DOOMSDAY_CLOCK_PAIRS],
  ["coin-flip", COIN_FLIP_PAIRS],
  ["daily-checkin", DAILY_CHECKIN_PAIRS],
  ["red-envelope", RED_ENVELOPE_PAIRS],
  ["time-capsule", TIME_CAPSULE_PAIRS],
  ["burn-league", BURN_LEAGUE_PAIRS],
  ["compound-capsule", COMPOUND_CAPSULE_PAIRS],
  ["neo-gacha", NEO_GACHA_PAIRS],
  ["lottery", LOTTERY_PAIRS],
  ["on-chain-tarot", ON_CHAIN_TAROT_PAIRS],
  ["masquerade-dao", MASQUERADE_DAO_PAIRS],
]);
