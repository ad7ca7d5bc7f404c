// Mirrors contracts/DailyCheckin/MiniAppDailyCheckin.Getters.cs: getUserState, totalUsers,
// totalCheckins, totalRewarded.
import { hash160 } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { Any, intItem } from "../../runtime/items.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { PREFIX_TOTAL_CHECKINS, PREFIX_TOTAL_REWARDED, PREFIX_TOTAL_USERS, userKey } from "./storage-keys.js";

const stored = (key: string) => (ctx: CallContext) => intItem(readInt(ctx.storage, key));

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("getUserState", [hash160], (ctx, user) => (user === null ? Any : readRecord(ctx.storage, userKey(user)) ?? Any), { safe: true }),
  method("totalUsers", [], stored(PREFIX_TOTAL_USERS), { safe: true }),
  method("totalCheckins", [], stored(PREFIX_TOTAL_CHECKINS), { safe: true }),
  method("totalRewarded", [], stored(PREFIX_TOTAL_REWARDED), { safe: true }),
];
