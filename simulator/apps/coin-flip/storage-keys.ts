// Mirrors the storage keys of contracts/CoinFlip/MiniAppCoinFlip.cs (coin-flip.md "Storage").
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

/** 40: bet counter (the operation id of bet seeds). */
export const PREFIX_BET_COUNTER = "40";
/** 41‖bytes(betId): Bet Struct. */
export const PREFIX_BET = "41";
/** 42‖h160(player): Stats Struct. */
export const PREFIX_PLAYER_STATS = "42";
export const PREFIX_TOTAL_WAGERED = "43";
export const PREFIX_TOTAL_PAID = "44";
export const PREFIX_JACKPOT_POOL = "45";

export const betKey = (betId: bigint): Hex => PREFIX_BET + bytesOfInt(betId);
export const statsKey = (player: Hash160Le): Hex => PREFIX_PLAYER_STATS + player;
