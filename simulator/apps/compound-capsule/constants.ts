// compound-capsule.md "Constants and formulas"; mirrors the constants of
// contracts/CompoundCapsule/MiniAppCompoundCapsule.cs.
export const APP_ID = "miniapp-compound-capsule";
export const PLATFORM_FEE_BPS = 100n;
export const EARLY_WITHDRAW_PENALTY_BPS = 500n;
export const BASIS_POINTS = 10_000n;
export const MIN_DEPOSIT = 1n;
export const MIN_LOCK_DAYS = 7n;
export const MAX_LOCK_DAYS = 365n;
export const MIN_EXTENSION_DAYS = 7n;
export const YIELD_UNIT = 100_000_000n;
export const YEAR = 31_536_000_000n;
/** The APY tiers [days from which, bps], lowest first. */
export const TIERS = [[7n, 300n], [30n, 500n], [90n, 800n], [180n, 1200n]] as const;
