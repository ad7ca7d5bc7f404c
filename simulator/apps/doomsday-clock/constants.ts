// doomsday-clock.md "Constants and formulas"; mirrors the constants of
// contracts/DoomsdayClock/MiniAppDoomsdayClock.cs.
export const APP_ID = "miniapp-doomsday-clock";
export const BASE_KEY_PRICE = 10_000_000n;
export const KEY_PRICE_INCREMENT_BPS = 10n;
/** D = BASE_KEY_PRICE × KEY_PRICE_INCREMENT_BPS / 10,000. */
export const KEY_PRICE_STEP = (BASE_KEY_PRICE * KEY_PRICE_INCREMENT_BPS) / 10_000n;
export const PLATFORM_FEE_BPS = 500n;
export const WINNER_SHARE_BPS = 4_800n;
export const TIME_ADDED_PER_KEY = 30_000n;
export const INITIAL_DURATION = 3_600_000n;
export const MAX_DURATION = 86_400_000n;
export const MIN_KEYS = 1n;
