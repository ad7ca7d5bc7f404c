import type { GasPairPlan } from "./gas-pair-plan.js";
import { DOOMSDAY_CLOCK_PAIRS } from "./pairs/doomsday-clock.js";
import { TIME_CAPSULE_PAIRS } from "./pairs/time-capsule.js";

/**
 * Every hybrid ↔ deprecated pair of the app specs, by app slug. An app issue adds its pairs in
 * `pairs/<app>.ts` and one line here; the sweep, fit, table and snapshot pick them up.
 */
export const GAS_PAIRS: ReadonlyMap<string, readonly GasPairPlan[]> = new Map<string, readonly GasPairPlan[]>([
  ["doomsday-clock", DOOMSDAY_CLOCK_PAIRS],
  ["time-capsule", TIME_CAPSULE_PAIRS],
]);
