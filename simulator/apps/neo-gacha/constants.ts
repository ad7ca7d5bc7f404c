// neo-gacha.md "Constants"; mirrors the constants of contracts/NeoGacha/MiniAppNeoGacha.cs.
export const APP_ID = "miniapp-neo-gacha";
export const SCRIPT_NAME = "select-item";
export const CALLBACK_LEGACY = "onServiceCallback";
export const CALLBACK_HYBRID = "onServiceCallbackHybrid";
export const MAX_ITEMS_PER_MACHINE = 100n;
export const MAX_TOTAL_WEIGHT = 100n;
export const MAX_NAME = 64;
export const MAX_DESCRIPTION = 256;
export const MAX_CATEGORY = 32;
export const MAX_TAGS = 128;
export const MAX_RARITY = 32;
export const ASSET_NEP17 = 1n;
export const MODE_RNG_LEGACY = 1n;
export const MODE_RNG_HYBRID = 2n;
export const MODE_OPTIMIZED = 3n;
