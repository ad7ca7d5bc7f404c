import type { GasPairPlan } from "./gas-pair-plan.js";
import { DOOMSDAY_CLOCK_PAIRS } from "./pairs/doomsday-clock.js";

/**
 * Every hybrid ↔ deprecated pair of the app specs, by app slug. An app issue adds its pairs in
 * `pairs/<app>.ts` and one line here; the sweep, fit, table and snapshot pick them up.
 */
export const GAS_PAIRS: ReadonlyMap<string, readonly GasPairPlan[]> = new Map([
  ["doomsday-clock", DOOMSDAY_CLOCK_PAIRS],
]);
