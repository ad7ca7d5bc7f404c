// Mirrors contracts/BurnLeague/MiniAppBurnLeague.Burn.cs (burn-league.md "burnGas"): the legacy
// burn, checks 1–7 shared by both paths and BURN(burner, amount, sid), in the contract's order of
// checks and with its messages.
import type { CallContext } from "../../runtime/call-context.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { hash160Item, intItem } from "../../runtime/items.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { APP_ID, MIN_BURN } from "./constants.js";
import { bonusMultiplier, burnStep, type BurnStep } from "./points.js";
import { seasonOf, seasonRecord } from "./season.js";
import { PREFIX_CURRENT_SEASON, PREFIX_TOTAL_BURNED, seasonKey, streakKey, userBurnedKey, userPointsKey } from "./storage-keys.js";
import { NO_STREAK, streakOf, streakRecord, type Streak } from "./streak.js";

export function burnGas(ctx: CallContext, burner: Hash160Le | null, amount: bigint, receiptId: bigint): void {
  const sid = beginBurn(ctx, burner, amount, receiptId);
  const st = loadStreak(ctx, burner!);
  burnEffects(ctx, burner!, amount, sid, st, burnStep(st, amount, ctx.now));
}

/** Checks 1–7; returns sid. */
export function beginBurn(ctx: CallContext, burner: Hash160Le | null, amount: bigint, receiptId: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  check(amount >= MIN_BURN, "min 0.1 GAS");
  validateUser(ctx, burner!);
  validatePaymentReceipt(ctx, APP_ID, burner!, amount, receiptId);
  const sid = readInt(ctx.storage, PREFIX_CURRENT_SEASON);
  check(sid > 0n, "no active season");
  const season = seasonOf(readRecord(ctx.storage, seasonKey(sid))!);
  check(season.active, "season not active");
  check(ctx.now < season.endTime, "season ended");
  return sid;
}

/** BURN(burner, amount, sid): steps 1–6 of the spec, events in its order. */
export function burnEffects(ctx: CallContext, burner: Hash160Le, amount: bigint, sid: bigint, st: Streak, step: BurnStep): void {
  const { continued, newStreak, points } = step;
  writeRecord(ctx.storage, streakKey(burner), streakRecord({ cur: newStreak, longest: st.longest > newStreak ? st.longest : newStreak, last: ctx.now }));
  if (continued) ctx.notify("StreakBonus", [hash160Item(burner), intItem(newStreak), intItem(bonusMultiplier(newStreak))]);
  const season = seasonOf(readRecord(ctx.storage, seasonKey(sid))!);
  const pointsKey = userPointsKey(burner, sid);
  const isNew = ctx.storage.get(pointsKey) === undefined;
  writeInt(ctx.storage, pointsKey, readInt(ctx.storage, pointsKey) + points);
  writeRecord(ctx.storage, seasonKey(sid), seasonRecord({
    ...season,
    totalParticipants: season.totalParticipants + (isNew ? 1n : 0n),
    totalPoints: season.totalPoints + points,
    totalBurned: season.totalBurned + amount,
  }));
  writeInt(ctx.storage, userBurnedKey(burner), readInt(ctx.storage, userBurnedKey(burner)) + amount);
  writeInt(ctx.storage, PREFIX_TOTAL_BURNED, readInt(ctx.storage, PREFIX_TOTAL_BURNED) + amount);
  ctx.notify("GasBurned", [hash160Item(burner), intItem(amount), intItem(sid)]);
}

/** The stored Streak of user, or (0, 0, 0). */
export function loadStreak(ctx: CallContext, user: Hash160Le): Streak {
  const stored = readRecord(ctx.storage, streakKey(user));
  return stored === null ? NO_STREAK : streakOf(stored);
}
