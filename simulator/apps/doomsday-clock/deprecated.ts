// Mirrors contracts/DoomsdayClock/MiniAppDoomsdayClock.Deprecated.cs: buyKeys [D] and
// calculateKeyCostLoop [D], the O(n) summation the hybrid path replaces.
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { intItem } from "../../runtime/items.js";
import { validateBetLimits } from "../../bases/mini-app-game-base.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { APP_ID } from "./constants.js";
import { keyCostLoop } from "./key-cost.js";
import { beginPurchase, buy, settle } from "./round.js";

export function buyKeys(ctx: CallContext, player: Hash160Le, keyCount: bigint, receiptId: bigint): void {
  const r = beginPurchase(ctx, player, keyCount);
  if (ctx.now >= r.endTime) {
    settle(ctx, r);
    return;
  }
  const cost = keyCostLoop(keyCount, r.totalKeys);
  validateBetLimits(ctx, player, cost);
  validatePaymentReceipt(ctx, APP_ID, player, cost, receiptId);
  buy(ctx, r, player, keyCount, cost);
}

export const DEPRECATED_METHODS: readonly ModelMethod[] = [
  method("buyKeys", [hash160, int, int], (ctx, player, n, receiptId) => buyKeys(ctx, player!, n, receiptId)),
  method("calculateKeyCostLoop", [int, int], (_ctx, n, k) => intItem(keyCostLoop(n, k)), { safe: true }),
];
