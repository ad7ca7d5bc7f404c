// Mirrors contracts/Lottery/MiniAppLottery.Draw.cs: initiateDraw [D flow], initiateDrawHybrid,
// initiateRound (seed draw), storeDrawRandomness [H] and settleRoundOptimized [H] with its aliases.
import { bool, bytes, hash160, int, optBytes, optString, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt, intOfBytes } from "../../runtime/integer-bytes.js";
import { arrayItem, boolItem, bytesItem, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { writeInt } from "../../runtime/storage-values.js";
import { admin } from "../../bases/mini-app-base.js";
import { validateNotGloballyPaused } from "../../bases/mini-app-base-validation.js";
import { isScriptEnabled, validateScriptHash } from "../../bases/mini-app-compute-base.js";
import { operationSeed } from "../../bases/mini-app-compute-base-seeds.js";
import { deleteRequestData, isCallbackFailure, requestRng, SERVICE_TYPE_RNG, storeRequestData, validateCallback } from "../../bases/mini-app-service-base.js";
import { APP_ID, CALLBACK_DEPRECATED, CALLBACK_HYBRID, SCRIPT_DRAW, SEED_DRAW } from "./constants.js";
import { winningTicket } from "./prize.js";
import { checkDraw, closeRound, drawFail } from "./rounds.js";
import { currentRoundId, loadEntry, loadRound } from "./round-store.js";
import { PREFIX_DRAW_TIME, PREFIX_PENDING_DRAW, randomnessKey } from "./storage-keys.js";

function requestDraw(ctx: CallContext, callbackMethod: string): void {
  validateNotGloballyPaused(ctx, APP_ID);
  const r = checkDraw(ctx);
  const context = bytesOfInt(r.id);
  const q = requestRng(ctx, APP_ID, context, callbackMethod);
  storeRequestData(ctx, q, context);
  writeInt(ctx.storage, PREFIX_PENDING_DRAW, q);
  writeInt(ctx.storage, PREFIX_DRAW_TIME, ctx.now);
  ctx.notify("DrawInitiated", [intItem(r.id), intItem(q)]);
}

export function initiateRound(ctx: CallContext): StackItem {
  validateNotGloballyPaused(ctx, APP_ID);
  const r = checkDraw(ctx);
  check(isScriptEnabled(ctx, SCRIPT_DRAW), "script not registered");
  const seed = operationSeed(r.id, admin(ctx)!, SCRIPT_DRAW, ctx.now, ctx.executing);
  ctx.storage.put(randomnessKey(r.id), seed);
  writeInt(ctx.storage, PREFIX_PENDING_DRAW, SEED_DRAW);
  ctx.notify("DrawRandomnessStored", [intItem(r.id), bytesItem(seed)]);
  return arrayItem([intItem(r.id), bytesItem(seed), stringItem(SCRIPT_DRAW)]);
}

export function storeDrawRandomness(ctx: CallContext, requestId: bigint, appId: string, serviceType: string, success: boolean, result: Hex | null): void {
  const roundId = intOfBytes(validateCallback(ctx, requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID));
  deleteRequestData(ctx, requestId);
  if (isCallbackFailure(success, result)) {
    drawFail(ctx, roundId, requestId);
    return;
  }
  ctx.storage.put(randomnessKey(roundId), result!);
  ctx.notify("DrawRandomnessStored", [intItem(roundId), bytesItem(result)]);
}

/** Checks 1–7 (O(1)), then the randomness deleted and SETTLE_ROUND. */
export function settleRoundOptimized(ctx: CallContext, roundId: bigint, claimedWinner: Hash160Le | null, claimedEntryIndex: bigint, scriptHash: Hex): boolean {
  validateNotGloballyPaused(ctx, APP_ID);
  validateScriptHash(ctx, SCRIPT_DRAW, scriptHash);
  check(roundId === currentRoundId(ctx), "not current round");
  const randomness = ctx.storage.get(randomnessKey(roundId));
  check(randomness !== undefined, "no randomness");
  const r = loadRound(ctx, roundId);
  check(claimedEntryIndex >= 0n && claimedEntryIndex < r.entryCount, "invalid entry index");
  const e = loadEntry(ctx, r.firstEntryId + claimedEntryIndex);
  check(claimedWinner !== null && e.player === claimedWinner, "winner mismatch");
  const w = winningTicket(randomness!, r.totalTickets);
  check(e.startTicket <= w && w < e.startTicket + e.count, "invalid winner");
  ctx.storage.delete(randomnessKey(roundId));
  closeRound(ctx, r, claimedWinner!);
  return true;
}

const settle = (name: string): ModelMethod =>
  method(name, [int, hash160, int, bytes], (ctx, roundId, winner, index, hash) => boolItem(settleRoundOptimized(ctx, roundId, winner, index, hash)));

export const DRAW_METHODS: readonly ModelMethod[] = [
  method("initiateDraw", [], (ctx) => requestDraw(ctx, CALLBACK_DEPRECATED)),
  method("initiateDrawHybrid", [], (ctx) => requestDraw(ctx, CALLBACK_HYBRID)),
  method("initiateRound", [], initiateRound),
  method("storeDrawRandomness", [int, string, string, bool, optBytes, optString], (ctx, q, appId, type, ok, result) => storeDrawRandomness(ctx, q, appId, type, ok, result)),
  settle("settleRoundOptimized"),
  settle("settleRoundWithWinner"),
  settle("settleRound"),
];
