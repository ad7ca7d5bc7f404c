// Mirrors contracts/DoomsdayClock/MiniAppDoomsdayClock.Hybrid.cs: buyKeysWithCost [H] (frontend
// cost verified with the O(1) formula), calculateKeyCost / calculateKeyCostFormula,
// getRoundStateForFrontend.
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import { ZERO_HASH160, type Hash160Le } from "../../runtime/hash160.js";
import { boolItem, hash160Item, intItem } from "../../runtime/items.js";
import { readInt } from "../../runtime/storage-values.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { stringMapItem } from "../../runtime/string-map.js";
import { validateBetLimits } from "../../bases/mini-app-game-base.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { APP_ID, BASE_KEY_PRICE, KEY_PRICE_INCREMENT_BPS, KEY_PRICE_STEP, MAX_DURATION, PLATFORM_FEE_BPS, TIME_ADDED_PER_KEY, WINNER_SHARE_BPS } from "./constants.js";
import { keyCost } from "./key-cost.js";
import { beginPurchase, buy, loadRound, settle } from "./round.js";
import { PREFIX_CURRENT_ROUND } from "./storage-keys.js";

export function buyKeysWithCost(ctx: CallContext, player: Hash160Le, keyCount: bigint, submittedCost: bigint, receiptId: bigint): void {
  const r = beginPurchase(ctx, player, keyCount);
  if (ctx.now >= r.endTime) {
    settle(ctx, r);
    return;
  }
  const cost = keyCost(keyCount, r.totalKeys);
  check(submittedCost === cost, "cost mismatch");
  validateBetLimits(ctx, player, cost);
  validatePaymentReceipt(ctx, APP_ID, player, cost, receiptId);
  buy(ctx, r, player, keyCount, cost);
}

export function getRoundStateForFrontend(ctx: CallContext): StackItem {
  const hasRound = ctx.storage.get(PREFIX_CURRENT_ROUND) !== undefined;
  const r = hasRound ? loadRound(ctx, readInt(ctx.storage, PREFIX_CURRENT_ROUND)) : undefined;
  const entries: [string, StackItem][] = [
    ["roundId", intItem(r?.id ?? 0n)],
    ["active", boolItem(r?.active ?? false)],
    ["startTime", intItem(r?.startTime ?? 0n)],
    ["endTime", intItem(r?.endTime ?? 0n)],
    ["pot", intItem(r?.pot ?? 0n)],
    ["totalKeys", intItem(r?.totalKeys ?? 0n)],
    ["lastBuyer", hash160Item(r?.lastBuyer ?? ZERO_HASH160)],
    ["currentTime", intItem(ctx.now)],
    ["baseKeyPrice", intItem(BASE_KEY_PRICE)],
    ["keyPriceIncrementBps", intItem(KEY_PRICE_INCREMENT_BPS)],
    ["keyPriceStep", intItem(KEY_PRICE_STEP)],
    ["timeAddedPerKey", intItem(TIME_ADDED_PER_KEY)],
    ["maxDuration", intItem(MAX_DURATION)],
    ["platformFeeBps", intItem(PLATFORM_FEE_BPS)],
    ["winnerShareBps", intItem(WINNER_SHARE_BPS)],
  ];
  return stringMapItem(entries);
}

export const HYBRID_METHODS: readonly ModelMethod[] = [
  method("buyKeysWithCost", [hash160, int, int, int], (ctx, player, n, cost, receiptId) => buyKeysWithCost(ctx, player!, n, cost, receiptId)),
  method("calculateKeyCost", [int, int], (_ctx, n, k) => intItem(keyCost(n, k)), { safe: true }),
  method("calculateKeyCostFormula", [int, int], (_ctx, n, k) => intItem(keyCost(n, k)), { safe: true }),
  method("getRoundStateForFrontend", [], (ctx) => getRoundStateForFrontend(ctx), { safe: true }),
];
