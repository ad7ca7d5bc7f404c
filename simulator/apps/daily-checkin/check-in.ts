// Mirrors contracts/DailyCheckin/MiniAppDailyCheckin.CheckIn.cs (daily-checkin.md "Methods"):
// checkIn (legacy), steps 1–5 shared by both paths, CHECKIN(user, d), in the contract's order of
// checks and with its messages.
import type { CallContext } from "../../runtime/call-context.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { hash160Item, intItem, stringItem } from "../../runtime/items.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { DAY, dayIndex } from "../../bases/mini-app-base.js";
import { validateAddress, validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { APP_ID, BONUS_TYPE_MILESTONE, CHECK_IN_FEE } from "./constants.js";
import { milestoneBonus, reward } from "./reward.js";
import { PREFIX_TOTAL_CHECKINS, PREFIX_TOTAL_USERS, userKey } from "./storage-keys.js";
import { NEW_USER, userStateOf, userStateRecord, type UserState } from "./user-state.js";

export function checkIn(ctx: CallContext, user: Hash160Le | null, receiptId: bigint): void {
  const stored = beginCheckIn(ctx, user, receiptId);
  checkInEffects(ctx, user!, dayIndex(ctx.now), stored === null, stored ?? NEW_USER);
}

/** Steps 1–5; returns the stored UserState, null for a new user. */
export function beginCheckIn(ctx: CallContext, user: Hash160Le | null, receiptId: bigint): UserState | null {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(user);
  validateUser(ctx, user);
  validatePaymentReceipt(ctx, APP_ID, user, CHECK_IN_FEE, receiptId);
  const stored = readRecord(ctx.storage, userKey(user));
  if (stored === null) return null;
  const u = userStateOf(stored);
  check(dayIndex(ctx.now) > u.lastDay, "already checked in today");
  return u;
}

/** CHECKIN(user, d): steps 1–7 of the spec, events in its order. */
export function checkInEffects(ctx: CallContext, user: Hash160Le, d: bigint, isNew: boolean, before: UserState): void {
  let u = before;
  const reset = !isNew && d > u.lastDay + 1n;
  if (reset) {
    const highest = max(u.highest, u.streak);
    ctx.notify("StreakReset", [hash160Item(user), intItem(u.streak), intItem(highest)]);
    u = { ...u, highest, resets: u.resets + 1n, streak: 0n };
  }
  const s = u.streak + 1n;
  const r = reward(s);
  u = { ...u, unclaimed: u.unclaimed + r, streak: s, lastDay: d, checkins: u.checkins + 1n, highest: max(u.highest, s) };
  if (isNew) {
    u = { ...u, joinTime: ctx.now };
    writeInt(ctx.storage, PREFIX_TOTAL_USERS, readInt(ctx.storage, PREFIX_TOTAL_USERS) + 1n);
  }
  writeInt(ctx.storage, PREFIX_TOTAL_CHECKINS, readInt(ctx.storage, PREFIX_TOTAL_CHECKINS) + 1n);
  const bonus = milestoneBonus(s);
  if (bonus > 0n) {
    u = { ...u, unclaimed: u.unclaimed + bonus };
    ctx.notify("MilestoneReached", [hash160Item(user), intItem(s), intItem(s)]);
    ctx.notify("BonusReward", [hash160Item(user), intItem(bonus), stringItem(BONUS_TYPE_MILESTONE)]);
  }
  writeRecord(ctx.storage, userKey(user), userStateRecord(u));
  ctx.notify("CheckedIn", [hash160Item(user), intItem(s), intItem(r), intItem((d + 1n) * DAY)]);
}

const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);
