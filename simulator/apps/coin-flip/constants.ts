// coin-flip.md "Constants and outcome function"; mirrors the constants of
// contracts/CoinFlip/MiniAppCoinFlip.cs.
export const APP_ID = "miniapp-coinflip";
export const SCRIPT_NAME = "flip-coin";
export const CALLBACK_METHOD = "onServiceCallback";
export const PLATFORM_FEE_PERCENT = 3n;
export const MIN_BET = 10_000_000n;
export const MAX_BET = 5_000_000_000n;
export const JACKPOT_CONTRIBUTION_BPS = 100n;
export const JACKPOT_CHANCE_BPS = 50n;
export const JACKPOT_THRESHOLD = 100_000_000n;
export const STREAK_BONUS_BPS = 50n;
export const MAX_STREAK_BONUS_BPS = 500n;
export const MODE_RNG = 1n;
export const MODE_HYBRID = 2n;
export const STREAK_WIN = 1n;
export const STREAK_LOSS = 2n;
