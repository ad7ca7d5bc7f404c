// Mirrors contracts/CoinFlip/MiniAppCoinFlip.Legacy.cs: placeBet (RNG request through the
// ServiceLayerGateway) and onServiceCallback (resolve, or refund on a failed request).
import { bool, hash160, int, optBytes, optString, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt, intOfBytes } from "../../runtime/integer-bytes.js";
import { boolItem, hash160Item, intItem } from "../../runtime/items.js";
import { validateNotGloballyPaused } from "../../bases/mini-app-base-validation.js";
import { deleteRequestData, isCallbackFailure, requestRng, SERVICE_TYPE_RNG, storeRequestData, validateCallback } from "../../bases/mini-app-service-base.js";
import { APP_ID, CALLBACK_METHOD, MODE_RNG } from "./constants.js";
import { checkBet, loadBet, openBet, refundBet, resolveBet } from "./bets.js";

export function placeBet(ctx: CallContext, player: Hash160Le, amount: bigint, choice: boolean, receiptId: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  checkBet(ctx, player, amount, receiptId);
  const id = openBet(ctx, player, amount, choice, MODE_RNG);
  const context = bytesOfInt(id);
  const requestId = requestRng(ctx, APP_ID, context, CALLBACK_METHOD);
  storeRequestData(ctx, requestId, context);
  ctx.notify("BetPlaced", [hash160Item(player), intItem(id), intItem(amount), boolItem(choice)]);
  return id;
}

export function onServiceCallback(ctx: CallContext, requestId: bigint, appId: string, serviceType: string, success: boolean, result: Hex | null): void {
  const context = validateCallback(ctx, requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID);
  const betId = intOfBytes(context);
  const bet = loadBet(ctx, betId);
  check(!bet.resolved, "already resolved");
  check(bet.mode === MODE_RNG, "not rng mode");
  deleteRequestData(ctx, requestId);
  if (isCallbackFailure(success, result)) refundBet(ctx, betId, bet);
  else resolveBet(ctx, betId, bet, result!);
}

const user = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

export const LEGACY_METHODS: readonly ModelMethod[] = [
  method("placeBet", [hash160, int, bool, int], (ctx, player, amount, choice, receiptId) => intItem(placeBet(ctx, user(player), amount, choice, receiptId))),
  method("onServiceCallback", [int, string, string, bool, optBytes, optString], (ctx, requestId, appId, serviceType, success, result) =>
    onServiceCallback(ctx, requestId, appId, serviceType, success, result)),
];
