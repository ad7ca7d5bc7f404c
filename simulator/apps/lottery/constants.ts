// lottery.md "Constants"; mirrors the constants of contracts/Lottery/MiniAppLottery.cs.
export const APP_ID = "miniapp-lottery";
export const SCRIPT_SCRATCH = "scratch-prize";
export const SCRIPT_DRAW = "draw-winner";
export const CALLBACK_DEPRECATED = "onServiceCallback";
export const CALLBACK_HYBRID = "storeDrawRandomness";

export const TICKET_PRICE = 10_000_000n;
export const PLATFORM_FEE_PERCENT = 10n;
export const MAX_TICKETS_PER_TX = 100n;
export const MIN_PARTICIPANTS = 3n;
export const DRAW_TIMEOUT = 3_600_000n;
export const MAX_LOTTERY_TYPE = 5n;
/** 45 = −1: a seed-based draw (initiateRound). */
export const SEED_DRAW = -1n;

/** The round prize: ⌊pool × 90 / 100⌋. */
export const prizeOf = (pool: bigint): bigint => (pool * (100n - PLATFORM_FEE_PERCENT)) / 100n;
