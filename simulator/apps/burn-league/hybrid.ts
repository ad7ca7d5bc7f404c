// Mirrors contracts/BurnLeague/MiniAppBurnLeague.Hybrid.cs: burnGasWithCalculation [H] (checks
// 8–10 after the shared 1–7) and getBurnStateForFrontend.
import { bool, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { boolItem, intItem } from "../../runtime/items.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { stringMapItem } from "../../runtime/string-map.js";
import { MAX_STREAK_BONUS, MIN_BURN, STREAK_WINDOW, TIER1_THRESHOLD, TIER2_THRESHOLD, TIER3_THRESHOLD } from "./constants.js";
import { beginBurn, burnEffects, loadStreak } from "./burn.js";
import { burnStep, type BurnStep } from "./points.js";
import { seasonOf } from "./season.js";
import { PREFIX_CURRENT_SEASON, seasonKey, userBurnedKey } from "./storage-keys.js";

export function burnGasWithCalculation(ctx: CallContext, burner: Hash160Le | null, amount: bigint, receiptId: bigint, points: bigint, newStreak: bigint, continued: boolean): void {
  const sid = beginBurn(ctx, burner, amount, receiptId);
  const st = loadStreak(ctx, burner!);
  const step = burnStep(st, amount, ctx.now);
  verifySubmission(step, points, newStreak, continued);
  burnEffects(ctx, burner!, amount, sid, st, step);
}

/** Checks 8–10: the submitted continued, newStreak and points against the on-chain step, in this order. */
export function verifySubmission(step: BurnStep, points: bigint, newStreak: bigint, continued: boolean): void {
  check(continued === step.continued, "streak mismatch");
  check(newStreak === step.newStreak, "streak value mismatch");
  check(points === step.points, "points mismatch");
}

export function getBurnStateForFrontend(ctx: CallContext, user: Hash160Le | null): StackItem {
  const st = loadStreak(ctx, user!);
  const burned = readInt(ctx.storage, userBurnedKey(user!));
  const sid = readInt(ctx.storage, PREFIX_CURRENT_SEASON);
  const record = sid > 0n ? readRecord(ctx.storage, seasonKey(sid)) : null;
  const season = record === null ? undefined : seasonOf(record);
  return stringMapItem([
    ["currentStreak", intItem(st.cur)],
    ["longestStreak", intItem(st.longest)],
    ["lastBurnTime", intItem(st.last)],
    ["isNewBurner", boolItem(burned === 0n)],
    ["totalBurned", intItem(burned)],
    ["seasonId", intItem(sid)],
    ["seasonActive", boolItem(season?.active ?? false)],
    ["seasonEndTime", intItem(season?.endTime ?? 0n)],
    ["currentTime", intItem(ctx.now)],
    ["minBurn", intItem(MIN_BURN)],
    ["tier1Threshold", intItem(TIER1_THRESHOLD)],
    ["tier2Threshold", intItem(TIER2_THRESHOLD)],
    ["tier3Threshold", intItem(TIER3_THRESHOLD)],
    ["streakWindowMs", intItem(STREAK_WINDOW)],
    ["maxStreakBonus", intItem(MAX_STREAK_BONUS)],
  ]);
}

export const HYBRID_METHODS: readonly ModelMethod[] = [
  method("burnGasWithCalculation", [hash160, int, int, int, int, bool], (ctx, b, a, r, p, s, c) => burnGasWithCalculation(ctx, b, a, r, p, s, c)),
  method("getBurnStateForFrontend", [hash160], (ctx, user) => getBurnStateForFrontend(ctx, user), { safe: true }),
];
