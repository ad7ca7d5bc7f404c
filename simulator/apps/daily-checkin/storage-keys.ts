// Mirrors the storage keys of contracts/DailyCheckin/MiniAppDailyCheckin.cs (daily-checkin.md "Storage").
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";

/** 40‖h160(user): UserState Struct; absent ⇔ the user never checked in. */
export const PREFIX_USER = "40";
export const PREFIX_TOTAL_USERS = "41";
export const PREFIX_TOTAL_CHECKINS = "42";
/** 43: total rewarded (Σ claimed). */
export const PREFIX_TOTAL_REWARDED = "43";

export const userKey = (user: Hash160Le): Hex => PREFIX_USER + user;
