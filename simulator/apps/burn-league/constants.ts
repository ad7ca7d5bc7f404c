// burn-league.md "Constants"; mirrors the constants of contracts/BurnLeague/MiniAppBurnLeague.cs.
export const APP_ID = "miniapp-burn-league";
export const MIN_BURN = 10_000_000n;
/** Informational: below TIER2 the multiplier is 1×. */
export const TIER1_THRESHOLD = 100_000_000n;
export const TIER2_THRESHOLD = 1_000_000_000n;
export const TIER3_THRESHOLD = 10_000_000_000n;
export const SEASON_DURATION = 2_592_000_000n;
export const STREAK_WINDOW = 86_400_000n;
/** The cap on streak days in the bonus and the maximum bonus percent. */
export const MAX_STREAK_BONUS = 10n;
