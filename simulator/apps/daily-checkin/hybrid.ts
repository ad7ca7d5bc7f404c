// Mirrors contracts/DailyCheckin/MiniAppDailyCheckin.Hybrid.cs: checkInWithCalculation [H] (the
// frontend's streak, reward and reset verified exactly) and getCheckInStateForFrontend.
import { bool, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { boolItem, intItem } from "../../runtime/items.js";
import { readRecord } from "../../runtime/storage-values.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { stringMapItem } from "../../runtime/string-map.js";
import { DAY, dayIndex } from "../../bases/mini-app-base.js";
import { FIRST_REWARD, MILESTONE_100_BONUS, MILESTONE_30_BONUS, MILESTONE_365_BONUS, SUBSEQUENT_REWARD } from "./constants.js";
import { beginCheckIn, checkInEffects } from "./check-in.js";
import { reward } from "./reward.js";
import { userKey } from "./storage-keys.js";
import { NEW_USER, userStateOf } from "./user-state.js";

export function checkInWithCalculation(ctx: CallContext, user: Hash160Le | null, receiptId: bigint, newStreak: bigint, submittedReward: bigint, streakReset: boolean): void {
  const stored = beginCheckIn(ctx, user, receiptId);
  const d = dayIndex(ctx.now);
  if (stored === null) {
    check(newStreak === 1n, "new user streak must be 1");
    check(!streakReset, "new user cannot have streak reset");
  } else {
    const reset = d > stored.lastDay + 1n;
    check(streakReset === reset, "streak reset mismatch");
    check(newStreak === (reset ? 1n : stored.streak + 1n), "new streak mismatch");
  }
  check(submittedReward === reward(newStreak), "reward mismatch");
  checkInEffects(ctx, user!, d, stored === null, stored ?? NEW_USER);
}

export function getCheckInStateForFrontend(ctx: CallContext, user: Hash160Le | null): StackItem {
  const record = user === null ? null : readRecord(ctx.storage, userKey(user));
  const u = record === null ? undefined : userStateOf(record);
  const entries: [string, StackItem][] = [
    ["hasCheckedIn", boolItem(u !== undefined)],
    ["currentStreak", intItem(u?.streak ?? 0n)],
    ["highestStreak", intItem(u?.highest ?? 0n)],
    ["lastCheckinDay", intItem(u?.lastDay ?? 0n)],
    ["unclaimed", intItem(u?.unclaimed ?? 0n)],
    ["totalCheckins", intItem(u?.checkins ?? 0n)],
    ["currentTime", intItem(ctx.now)],
    ["currentDay", intItem(dayIndex(ctx.now))],
    ["twentyFourHours", intItem(DAY)],
    ["firstReward", intItem(FIRST_REWARD)],
    ["subsequentReward", intItem(SUBSEQUENT_REWARD)],
    ["milestone30Bonus", intItem(MILESTONE_30_BONUS)],
    ["milestone100Bonus", intItem(MILESTONE_100_BONUS)],
    ["milestone365Bonus", intItem(MILESTONE_365_BONUS)],
  ];
  return stringMapItem(entries);
}

export const HYBRID_METHODS: readonly ModelMethod[] = [
  method("checkInWithCalculation", [hash160, int, int, int, bool], (ctx, user, receiptId, s, r, reset) => checkInWithCalculation(ctx, user, receiptId, s, r, reset)),
  method("getCheckInStateForFrontend", [hash160], (ctx, user) => getCheckInStateForFrontend(ctx, user), { safe: true }),
];
