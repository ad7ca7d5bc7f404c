// time-capsule.md "Constants"; mirrors the constants of contracts/TimeCapsule/MiniAppTimeCapsule.cs.
export const APP_ID = "miniapp-time-capsule";
export const BURY_FEE = 20_000_000n;
export const FISH_FEE = 5_000_000n;
export const EXTEND_FEE = 10_000_000n;
export const GIFT_FEE = 15_000_000n;
export const FISH_REWARD = 2_000_000n;
/** One day and 365 days, in ms (README §5). */
export const MIN_LOCK = 86_400_000n;
export const MAX_LOCK = 31_536_000_000n;
export const MAX_TITLE_BYTES = 100;
export const MAX_CONTENT_HASH_BYTES = 256;
export const MIN_CATEGORY = 1n;
export const MAX_CATEGORY = 5n;
