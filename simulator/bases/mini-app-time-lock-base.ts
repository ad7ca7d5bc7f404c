// Mirrors contracts/DevPack/MiniAppTimeLockBase.cs: time-locked items on keys 1C–1E (devpack.md §4).
import { int } from "../runtime/args.js";
import type { CallContext } from "../runtime/call-context.js";
import { method, type ModelMethod } from "../runtime/contract-model.js";
import { check } from "../runtime/fault.js";
import type { Hash160Le } from "../runtime/hash160.js";
import { boolItem, hash160Item, intItem } from "../runtime/items.js";
import { readInt, writeInt } from "../runtime/storage-values.js";
import { integerKey } from "./mini-app-base.js";
import { MINI_APP_BASE_METHODS } from "./mini-app-base-methods.js";

export const PREFIX_UNLOCK_TIME = "1c";
export const PREFIX_REVEALED = "1d";
export const PREFIX_ITEM_COUNTER = "1e";

export const totalItems = (ctx: CallContext): bigint => readInt(ctx.storage, PREFIX_ITEM_COUNTER);
export const getUnlockTime = (ctx: CallContext, id: bigint): bigint => readInt(ctx.storage, integerKey(PREFIX_UNLOCK_TIME, id));
export const isRevealed = (ctx: CallContext, id: bigint): boolean => readInt(ctx.storage, integerKey(PREFIX_REVEALED, id)) === 1n;

/** unlock > 0 ∧ now ≥ unlock ∧ ¬revealed. */
export function isUnlockable(ctx: CallContext, id: bigint): boolean {
  const unlock = getUnlockTime(ctx, id);
  return unlock > 0n && ctx.now >= unlock && !isRevealed(ctx, id);
}

/** max(0, unlock − now); 0 if none. */
export function timeRemaining(ctx: CallContext, id: bigint): bigint {
  const unlock = getUnlockTime(ctx, id);
  if (unlock === 0n) return 0n;
  return unlock - ctx.now > 0n ? unlock - ctx.now : 0n;
}

/** 1E := 1E + 1; returns it. */
export function nextItemId(ctx: CallContext): bigint {
  const id = totalItems(ctx) + 1n;
  writeInt(ctx.storage, PREFIX_ITEM_COUNTER, id);
  return id;
}

export function setUnlockTime(ctx: CallContext, id: bigint, unlockTime: bigint): void {
  check(unlockTime > ctx.now, "unlock time must be future");
  writeInt(ctx.storage, integerKey(PREFIX_UNLOCK_TIME, id), unlockTime);
  ctx.notify("ItemLocked", [intItem(id), intItem(unlockTime)]);
}

export function markRevealed(ctx: CallContext, id: bigint, who: Hash160Le): void {
  writeInt(ctx.storage, integerKey(PREFIX_REVEALED, id), 1n);
  ctx.notify("ItemUnlocked", [intItem(id), hash160Item(who)]);
}

/** MiniAppTimeLockBase's public ABI, inherited ones included. */
export const MINI_APP_TIME_LOCK_BASE_METHODS: readonly ModelMethod[] = [
  ...MINI_APP_BASE_METHODS,
  method("totalItems", [], (ctx) => intItem(totalItems(ctx)), { safe: true }),
  method("getUnlockTime", [int], (ctx, id) => intItem(getUnlockTime(ctx, id)), { safe: true }),
  method("isRevealed", [int], (ctx, id) => boolItem(isRevealed(ctx, id)), { safe: true }),
  method("isUnlockable", [int], (ctx, id) => boolItem(isUnlockable(ctx, id)), { safe: true }),
  method("timeRemaining", [int], (ctx, id) => intItem(timeRemaining(ctx, id)), { safe: true }),
];
