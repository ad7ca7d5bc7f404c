// Mirrors contracts/BurnLeague/MiniAppBurnLeague.Rewards.cs: fundRewardPool (an accounting value,
// README §6) and claimReward (state written before the GAS transfer).
import type { CallContext } from "../../runtime/call-context.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, hash160Item, intItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { readInt, readRecord, writeInt } from "../../runtime/storage-values.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { APP_ID } from "./constants.js";
import { seasonOf } from "./season.js";
import { claimedKey, PREFIX_REWARD_POOL, seasonKey, userPointsKey } from "./storage-keys.js";

export function fundRewardPool(ctx: CallContext, funder: Hash160Le | null, amount: bigint, receiptId: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  check(amount > 0n, "invalid amount");
  validateUser(ctx, funder!);
  validatePaymentReceipt(ctx, APP_ID, funder!, amount, receiptId);
  writeInt(ctx.storage, PREFIX_REWARD_POOL, readInt(ctx.storage, PREFIX_REWARD_POOL) + amount);
}

/** reward = ⌊RewardPool × pts / TotalPoints⌋ (the share of README §4: a floor division). */
export const proRataShare = (pool: bigint, pts: bigint, totalPoints: bigint): bigint => (pool * pts) / totalPoints;

export function claimReward(ctx: CallContext, claimer: Hash160Le | null, seasonId: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  validateUser(ctx, claimer!);
  const stored = readRecord(ctx.storage, seasonKey(seasonId));
  check(stored !== null, "season not finalized");
  const s = seasonOf(stored!);
  check(s.finalized, "season not finalized");
  const pts = readInt(ctx.storage, userPointsKey(claimer!, seasonId));
  check(pts > 0n, "no points");
  check(ctx.storage.get(claimedKey(claimer!, seasonId)) === undefined, "already claimed");
  const reward = proRataShare(s.rewardPool, pts, s.totalPoints);
  writeInt(ctx.storage, claimedKey(claimer!, seasonId), 1n);
  if (reward > 0n) {
    const sent = ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(claimer), intItem(reward), Any]);
    check(sent.type === "Boolean" && sent.value, "transfer failed");
  }
  ctx.notify("RewardClaimed", [hash160Item(claimer), intItem(reward), intItem(seasonId)]);
}
