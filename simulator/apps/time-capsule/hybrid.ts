// Mirrors contracts/TimeCapsule/MiniAppTimeCapsule.Hybrid.cs: fishWithId [H] (the frontend's id
// checked in O(1)), getCapsuleFishStatus [H] and FISH, shared with the deprecated scan.
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, boolItem, bytesItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { markRevealed } from "../../bases/mini-app-time-lock-base.js";
import { APP_ID, FISH_FEE, FISH_REWARD } from "./constants.js";
import { increment, readCapsule, requireCapsule, storeCapsule, type Capsule } from "./capsule-record.js";
import { PREFIX_TOTAL_FISHED, PREFIX_TOTAL_REVEALED } from "./storage-keys.js";

export function fishWithId(ctx: CallContext, fisher: Hash160Le, id: bigint, receiptId: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  validateUser(ctx, fisher);
  validatePaymentReceipt(ctx, APP_ID, fisher, FISH_FEE, receiptId);
  const c = requireCapsule(ctx, id);
  check(c.isPublic, "capsule not public");
  check(!c.isRevealed, "already revealed");
  check(ctx.now >= c.unlockTime, "not unlocked yet");
  return fishCapsule(ctx, fisher, id, c);
}

export function getCapsuleFishStatus(ctx: CallContext, id: bigint): StackItem {
  const c = readCapsule(ctx, id);
  const entries: [string, StackItem][] = c === null
    ? [["exists", boolItem(false)]]
    : [["exists", boolItem(true)], ["isPublic", boolItem(c.isPublic)], ["isRevealed", boolItem(c.isRevealed)], ["unlockTime", intItem(c.unlockTime)], ["currentTime", intItem(ctx.now)]];
  return { type: "Map", entries: entries.map(([k, v]) => [stringItem(k), v] as const) };
}

/** FISH(fisher, id): reveal to the fisher, count it, pay FISH_REWARD from the app's GAS. */
export function fishCapsule(ctx: CallContext, fisher: Hash160Le, id: bigint, c: Capsule): bigint {
  storeCapsule(ctx, id, { ...c, isRevealed: true, revealer: fisher, revealTime: ctx.now });
  increment(ctx, PREFIX_TOTAL_REVEALED);
  increment(ctx, PREFIX_TOTAL_FISHED);
  markRevealed(ctx, id, fisher);
  const sent = ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(fisher), intItem(FISH_REWARD), Any]);
  check(sent.type === "Boolean" && sent.value, "reward transfer failed");
  ctx.notify("CapsuleRevealed", [intItem(id), hash160Item(fisher), bytesItem(c.contentHash)]);
  ctx.notify("CapsuleFished", [hash160Item(fisher), intItem(id), intItem(FISH_REWARD)]);
  return id;
}

export const HYBRID_METHODS: readonly ModelMethod[] = [
  method("fishWithId", [hash160, int, int], (ctx, fisher, id, receiptId) => intItem(fishWithId(ctx, fisher ?? vmFault("null UInt160"), id, receiptId))),
  method("getCapsuleFishStatus", [int], (ctx, id) => getCapsuleFishStatus(ctx, id), { safe: true }),
];
