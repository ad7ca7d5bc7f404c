// Mirrors contracts/BurnLeague/MiniAppBurnLeague.Seasons.cs: startSeason (admin) and endSeason (anyone).
import type { CallContext } from "../../runtime/call-context.js";
import { check } from "../../runtime/fault.js";
import { intItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { validateAdmin } from "../../bases/mini-app-base-validation.js";
import { SEASON_DURATION } from "./constants.js";
import { seasonOf, seasonRecord } from "./season.js";
import { PREFIX_CURRENT_SEASON, PREFIX_REWARD_POOL, seasonKey } from "./storage-keys.js";

export function startSeason(ctx: CallContext): StackItem {
  validateAdmin(ctx);
  const sid = readInt(ctx.storage, PREFIX_CURRENT_SEASON);
  if (sid > 0n) check(!seasonOf(readRecord(ctx.storage, seasonKey(sid))!).active, "season still active");
  const id = sid + 1n;
  const endTime = ctx.now + SEASON_DURATION;
  writeInt(ctx.storage, PREFIX_CURRENT_SEASON, id);
  const pool = readInt(ctx.storage, PREFIX_REWARD_POOL);
  writeRecord(ctx.storage, seasonKey(id), seasonRecord({
    id, startTime: ctx.now, endTime, totalBurned: 0n, totalPoints: 0n, totalParticipants: 0n, rewardPool: pool, active: true, finalized: false,
  }));
  writeInt(ctx.storage, PREFIX_REWARD_POOL, 0n);
  ctx.notify("SeasonStarted", [intItem(id), intItem(ctx.now), intItem(endTime)]);
  return intItem(id);
}

export function endSeason(ctx: CallContext): void {
  const sid = readInt(ctx.storage, PREFIX_CURRENT_SEASON);
  check(sid > 0n, "no season");
  let season = seasonOf(readRecord(ctx.storage, seasonKey(sid))!);
  check(season.active, "not active");
  check(ctx.now >= season.endTime, "not ended");
  season = { ...season, active: false, finalized: true };
  if (season.totalPoints === 0n) {
    writeInt(ctx.storage, PREFIX_REWARD_POOL, readInt(ctx.storage, PREFIX_REWARD_POOL) + season.rewardPool);
    season = { ...season, rewardPool: 0n };
  }
  writeRecord(ctx.storage, seasonKey(sid), seasonRecord(season));
  ctx.notify("SeasonEnded", [intItem(sid), intItem(season.totalBurned), intItem(season.totalPoints)]);
}
