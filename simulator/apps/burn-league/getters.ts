// Mirrors contracts/BurnLeague/MiniAppBurnLeague.Getters.cs: currentSeasonId, totalBurned,
// rewardPool, getSeason, getUserSeasonPoints, getUserStreak, getUserTotalBurned, hasClaimed.
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { Any, arrayItem, boolItem, intItem } from "../../runtime/items.js";
import type { Hex } from "../../runtime/hex.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { claimedKey, PREFIX_CURRENT_SEASON, PREFIX_REWARD_POOL, PREFIX_TOTAL_BURNED, seasonKey, streakKey, userBurnedKey, userPointsKey } from "./storage-keys.js";

const stored = (key: Hex) => (ctx: CallContext) => intItem(readInt(ctx.storage, key));

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("currentSeasonId", [], stored(PREFIX_CURRENT_SEASON), { safe: true }),
  method("totalBurned", [], stored(PREFIX_TOTAL_BURNED), { safe: true }),
  method("rewardPool", [], stored(PREFIX_REWARD_POOL), { safe: true }),
  method("getSeason", [int], (ctx, id) => readRecord(ctx.storage, seasonKey(id)) ?? Any, { safe: true }),
  method("getUserSeasonPoints", [hash160, int], (ctx, user, id) => intItem(readInt(ctx.storage, userPointsKey(user!, id))), { safe: true }),
  method("getUserStreak", [hash160], (ctx, user) => readRecord(ctx.storage, streakKey(user!)) ?? arrayItem([intItem(0n), intItem(0n), intItem(0n)]), { safe: true }),
  method("getUserTotalBurned", [hash160], (ctx, user) => intItem(readInt(ctx.storage, userBurnedKey(user!))), { safe: true }),
  method("hasClaimed", [hash160, int], (ctx, user, id) => boolItem(ctx.storage.get(claimedKey(user!, id)) !== undefined), { safe: true }),
];
