// Mirrors contracts/NeoGacha/MiniAppNeoGacha.Optimized.cs: initiatePlayOptimized /
// settlePlayOptimized [H] (seed two-phase, script select-item, O(1) settle).
import { bytes, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { arrayItem, bytesItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt } from "../../runtime/storage-values.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { recordGameBet, validateGameBetLimits } from "../../bases/mini-app-game-compute-base.js";
import { isScriptEnabled, validateScriptHash } from "../../bases/mini-app-compute-base.js";
import { deleteOperationSeed, generateOperationSeed, getOperationSeed } from "../../bases/mini-app-compute-base-seeds.js";
import { APP_ID, MODE_OPTIMIZED, SCRIPT_NAME } from "./constants.js";
import { loadItem, storedMachine } from "./machine-store.js";
import { available } from "./records.js";
import { checkPlay, checkPlayable, openPlay, resolvePlay } from "./selection.js";
import { inRange } from "./selection-math.js";
import { PREFIX_PLAY_COUNTER } from "./storage-keys.js";

export function initiatePlayOptimized(ctx: CallContext, player: Hash160Le | null, machineId: bigint, receiptId: bigint, calculatedAvailableWeight: bigint, sample: bigint): StackItem {
  const m = checkPlayable(ctx, player, machineId);
  const p160 = player!;
  check(isScriptEnabled(ctx, SCRIPT_NAME), "select script not registered");
  check(sample >= 1n && sample <= m.itemCount, "invalid sample");
  check(available(loadItem(ctx, machineId, sample)), "sample item unavailable");
  check(calculatedAvailableWeight === m.availableWeight, "weight mismatch");
  validateUser(ctx, p160);
  validateGameBetLimits(ctx, p160, m.price);
  validatePaymentReceipt(ctx, APP_ID, p160, m.price, receiptId);
  const p = readInt(ctx.storage, PREFIX_PLAY_COUNTER) + 1n;
  const seed = generateOperationSeed(ctx, p, p160, SCRIPT_NAME);
  openPlay(ctx, p160, machineId, m.price, MODE_OPTIMIZED);
  recordGameBet(ctx, p160, m.price);
  ctx.notify("PlayInitiated", [hash160Item(p160), intItem(machineId), intItem(p), bytesItem(seed)]);
  return arrayItem([intItem(p), bytesItem(seed), stringItem(SCRIPT_NAME)]);
}

export function settlePlayOptimized(ctx: CallContext, player: Hash160Le | null, playId: bigint, selectedIndex: bigint, scriptHash: Hex): void {
  validateNotGloballyPaused(ctx, APP_ID);
  validateScriptHash(ctx, SCRIPT_NAME, scriptHash);
  const play = checkPlay(ctx, playId, MODE_OPTIMIZED);
  check(play.player === player, "not play owner");
  validateUser(ctx, play.player);
  const seed = getOperationSeed(ctx, playId);
  check(seed !== undefined, "seed not found");
  const m = storedMachine(ctx, play.machineId);
  check(selectedIndex >= 1n && selectedIndex <= m.itemCount, "invalid selection");
  const it = loadItem(ctx, play.machineId, selectedIndex);
  check(inRange(seed!, m.totalWeight, it.cumulativeWeightBefore, it.weight), "selection mismatch");
  deleteOperationSeed(ctx, playId);
  resolvePlay(ctx, playId, play, selectedIndex);
}

export const OPTIMIZED_METHODS: readonly ModelMethod[] = [
  method("initiatePlayOptimized", [hash160, int, int, int, int], initiatePlayOptimized),
  method("settlePlayOptimized", [hash160, int, int, bytes], settlePlayOptimized),
];
