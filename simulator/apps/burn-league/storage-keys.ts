// Mirrors the storage keys of contracts/BurnLeague/MiniAppBurnLeague.cs (burn-league.md "Storage").
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

/** 40: current season id (`sid`; absent = none). */
export const PREFIX_CURRENT_SEASON = "40";
/** 41‖bytes(seasonId): Season Struct. */
export const PREFIX_SEASON = "41";
/** 42‖h160(user)‖bytes(seasonId): the user's season points. */
export const PREFIX_USER_POINTS = "42";
/** 43‖h160(user): Streak Struct. */
export const PREFIX_STREAK = "43";
/** 44‖h160(user): the user's total burned. */
export const PREFIX_USER_BURNED = "44";
/** 45: global total burned. */
export const PREFIX_TOTAL_BURNED = "45";
/** 46: the unallocated reward pool. */
export const PREFIX_REWARD_POOL = "46";
/** 47‖h160(user)‖bytes(seasonId): 1 = reward claimed. */
export const PREFIX_CLAIMED = "47";

export const seasonKey = (seasonId: bigint): Hex => PREFIX_SEASON + bytesOfInt(seasonId);
export const userPointsKey = (user: Hash160Le, seasonId: bigint): Hex => PREFIX_USER_POINTS + user + bytesOfInt(seasonId);
export const streakKey = (user: Hash160Le): Hex => PREFIX_STREAK + user;
export const userBurnedKey = (user: Hash160Le): Hex => PREFIX_USER_BURNED + user;
export const claimedKey = (user: Hash160Le, seasonId: bigint): Hex => PREFIX_CLAIMED + user + bytesOfInt(seasonId);
