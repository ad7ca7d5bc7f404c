// Mirrors contracts/NeoGacha/MiniAppNeoGacha.Rng.cs: playMachine [D flow] / playMachineHybrid [H
// flow], onServiceCallback [D] (LOOPSEL in the callback), onServiceCallbackHybrid [H] (stores the
// randomness only) and settlePlayWithRng [H] (the O(1) check).
import { bool, hash160, int, optBytes, optString, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt, intOfBytes } from "../../runtime/integer-bytes.js";
import { bytesItem, hash160Item, intItem } from "../../runtime/items.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { recordGameBet, validateGameBetLimits } from "../../bases/mini-app-game-compute-base.js";
import { deleteRequestData, isCallbackFailure, requestRng, SERVICE_TYPE_RNG, storeRequestData, validateCallback } from "../../bases/mini-app-service-base.js";
import { APP_ID, CALLBACK_HYBRID, CALLBACK_LEGACY, MODE_RNG_HYBRID, MODE_RNG_LEGACY } from "./constants.js";
import { loadItem, storedMachine } from "./machine-store.js";
import { checkPlay, checkPlayable, loopSelectStored, openPlay, refundPlay, resolvePlay } from "./selection.js";
import { inRange } from "./selection-math.js";
import { randomnessKey } from "./storage-keys.js";

function requestPlay(ctx: CallContext, player: Hash160Le | null, machineId: bigint, receiptId: bigint, mode: bigint, callback: string): bigint {
  const m = checkPlayable(ctx, player, machineId);
  const p160 = player!;
  validateUser(ctx, p160);
  validateGameBetLimits(ctx, p160, m.price);
  validatePaymentReceipt(ctx, APP_ID, p160, m.price, receiptId);
  const p = openPlay(ctx, p160, machineId, m.price, mode);
  const context = bytesOfInt(p);
  const requestId = requestRng(ctx, APP_ID, context, callback);
  storeRequestData(ctx, requestId, context);
  recordGameBet(ctx, p160, m.price);
  ctx.notify("PlayRequested", [hash160Item(p160), intItem(machineId), intItem(p), intItem(requestId)]);
  return p;
}

export function onServiceCallback(ctx: CallContext, requestId: bigint, appId: string, serviceType: string, success: boolean, result: Hex | null): void {
  const playId = intOfBytes(validateCallback(ctx, requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID));
  const play = checkPlay(ctx, playId, MODE_RNG_LEGACY);
  deleteRequestData(ctx, requestId);
  if (isCallbackFailure(success, result)) return refundPlay(ctx, playId, play);
  const m = storedMachine(ctx, play.machineId);
  resolvePlay(ctx, playId, play, loopSelectStored(ctx, play.machineId, m, result!));
}

export function onServiceCallbackHybrid(ctx: CallContext, requestId: bigint, appId: string, serviceType: string, success: boolean, result: Hex | null): void {
  const playId = intOfBytes(validateCallback(ctx, requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID));
  const play = checkPlay(ctx, playId, MODE_RNG_HYBRID);
  deleteRequestData(ctx, requestId);
  if (isCallbackFailure(success, result)) return refundPlay(ctx, playId, play);
  ctx.storage.put(randomnessKey(playId), result!);
  ctx.notify("RngStored", [intItem(playId), bytesItem(result)]);
}

export function settlePlayWithRng(ctx: CallContext, player: Hash160Le, playId: bigint, selectedIndex: bigint, cumulativeWeightBefore: bigint, availableWeight: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  validateUser(ctx, player);
  const play = checkPlay(ctx, playId, MODE_RNG_HYBRID);
  check(play.player === player, "not play owner");
  const randomness = ctx.storage.get(randomnessKey(playId));
  check(randomness !== undefined, "randomness not found");
  const m = storedMachine(ctx, play.machineId);
  check(availableWeight === m.totalWeight, "weight mismatch");
  check(selectedIndex >= 1n && selectedIndex <= m.itemCount, "invalid selection");
  const it = loadItem(ctx, play.machineId, selectedIndex);
  check(cumulativeWeightBefore === it.cumulativeWeightBefore, "cumulative mismatch");
  check(inRange(randomness!, availableWeight, cumulativeWeightBefore, it.weight), "selection mismatch");
  ctx.storage.delete(randomnessKey(playId));
  resolvePlay(ctx, playId, play, selectedIndex);
}

const user = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

export const RNG_METHODS: readonly ModelMethod[] = [
  method("playMachine", [hash160, int, int], (ctx, player, machineId, receiptId) => intItem(requestPlay(ctx, player, machineId, receiptId, MODE_RNG_LEGACY, CALLBACK_LEGACY))),
  method("playMachineHybrid", [hash160, int, int], (ctx, player, machineId, receiptId) => intItem(requestPlay(ctx, player, machineId, receiptId, MODE_RNG_HYBRID, CALLBACK_HYBRID))),
  method("onServiceCallback", [int, string, string, bool, optBytes, optString], (ctx, requestId, appId, serviceType, success, result) =>
    onServiceCallback(ctx, requestId, appId, serviceType, success, result)),
  method("onServiceCallbackHybrid", [int, string, string, bool, optBytes, optString], (ctx, requestId, appId, serviceType, success, result) =>
    onServiceCallbackHybrid(ctx, requestId, appId, serviceType, success, result)),
  method("settlePlayWithRng", [hash160, int, int, int, int], (ctx, player, playId, i, c, w) => settlePlayWithRng(ctx, user(player), playId, i, c, w)),
];
