// Mirrors contracts/TimeCapsule/MiniAppTimeCapsule.Capsules.cs (time-capsule.md "Methods"): bury,
// reveal, giftCapsule, addRecipient, extendUnlockTime, in the contract's order of checks and with
// its messages.
import { bool, hash160, int, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import { ZERO_HASH160, type Hash160Le } from "../../runtime/hash160.js";
import { byteLength, utf8Hex } from "../../runtime/hex.js";
import { boolItem, bytesItem, hash160Item, intItem } from "../../runtime/items.js";
import { writeInt } from "../../runtime/storage-values.js";
import { validateAddress, validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { markRevealed, nextItemId, setUnlockTime } from "../../bases/mini-app-time-lock-base.js";
import { APP_ID, BURY_FEE, EXTEND_FEE, GIFT_FEE, MAX_CATEGORY, MAX_CONTENT_HASH_BYTES, MAX_LOCK, MAX_TITLE_BYTES, MIN_CATEGORY, MIN_LOCK } from "./constants.js";
import { increment, requireCapsule, storeCapsule, type Capsule } from "./capsule-record.js";
import { PREFIX_PUBLIC_CAPSULES, PREFIX_TOTAL_GIFTED, PREFIX_TOTAL_REVEALED, recipientKey } from "./storage-keys.js";

export function bury(ctx: CallContext, owner: Hash160Le, contentHash: string, title: string, unlockTime: bigint, isPublic: boolean, category: bigint, receiptId: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  const content = utf8Hex(contentHash);
  const titleHex = utf8Hex(title);
  check(byteLength(content) > 0, "empty content hash");
  check(byteLength(content) <= MAX_CONTENT_HASH_BYTES, "content hash too long");
  check(byteLength(titleHex) <= MAX_TITLE_BYTES, "title too long");
  check(category >= MIN_CATEGORY && category <= MAX_CATEGORY, "invalid category");
  const d = unlockTime - ctx.now;
  check(d >= MIN_LOCK, "lock too short");
  check(d <= MAX_LOCK, "lock too long");
  validateUser(ctx, owner);
  validatePaymentReceipt(ctx, APP_ID, owner, BURY_FEE, receiptId);
  const id = nextItemId(ctx);
  const c: Capsule = {
    owner, contentHash: content, title: titleHex, category, unlockTime, createTime: ctx.now, isPublic, isRevealed: false,
    revealer: ZERO_HASH160, revealTime: 0n, recipientCount: 0n, extensionCount: 0n, isGifted: false,
  };
  storeCapsule(ctx, id, c);
  if (isPublic) increment(ctx, PREFIX_PUBLIC_CAPSULES);
  setUnlockTime(ctx, id, unlockTime);
  ctx.notify("CapsuleBuried", [hash160Item(owner), intItem(id), intItem(unlockTime), boolItem(isPublic), intItem(category)]);
  return id;
}

export function reveal(ctx: CallContext, revealer: Hash160Le, id: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  const c = requireCapsule(ctx, id);
  check(!c.isRevealed, "already revealed");
  check(ctx.now >= c.unlockTime, "not unlocked yet");
  check(revealer === c.owner || c.isPublic || ctx.storage.get(recipientKey(id, revealer)) !== undefined, "not authorized to reveal");
  validateUser(ctx, revealer);
  storeCapsule(ctx, id, { ...c, isRevealed: true, revealer, revealTime: ctx.now });
  increment(ctx, PREFIX_TOTAL_REVEALED);
  markRevealed(ctx, id, revealer);
  ctx.notify("CapsuleRevealed", [intItem(id), hash160Item(revealer), bytesItem(c.contentHash)]);
}

export function giftCapsule(ctx: CallContext, id: bigint, newOwner: Hash160Le | null, receiptId: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  const c = requireCapsule(ctx, id);
  check(!c.isRevealed, "already revealed");
  check(newOwner !== c.owner, "cannot gift to self");
  check(ctx.checkWitness(c.owner), "not owner");
  validateAddress(newOwner);
  validatePaymentReceipt(ctx, APP_ID, c.owner, GIFT_FEE, receiptId);
  storeCapsule(ctx, id, { ...c, owner: newOwner, isGifted: true });
  increment(ctx, PREFIX_TOTAL_GIFTED);
  ctx.notify("CapsuleGifted", [intItem(id), hash160Item(c.owner), hash160Item(newOwner)]);
}

export function addRecipient(ctx: CallContext, id: bigint, recipient: Hash160Le | null): void {
  validateNotGloballyPaused(ctx, APP_ID);
  const c = requireCapsule(ctx, id);
  check(!c.isPublic, "public capsules don't need recipients");
  check(!c.isRevealed, "already revealed");
  check(ctx.checkWitness(c.owner), "not owner");
  validateAddress(recipient);
  const key = recipientKey(id, recipient);
  check(ctx.storage.get(key) === undefined, "already recipient");
  writeInt(ctx.storage, key, 1n);
  storeCapsule(ctx, id, { ...c, recipientCount: c.recipientCount + 1n });
  ctx.notify("RecipientAdded", [intItem(id), hash160Item(recipient)]);
}

export function extendUnlockTime(ctx: CallContext, id: bigint, newUnlockTime: bigint, receiptId: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  const c = requireCapsule(ctx, id);
  check(!c.isRevealed, "already revealed");
  check(newUnlockTime > c.unlockTime, "must extend time");
  check(ctx.checkWitness(c.owner), "not owner");
  check(newUnlockTime - c.createTime <= MAX_LOCK, "exceeds max duration");
  validatePaymentReceipt(ctx, APP_ID, c.owner, EXTEND_FEE, receiptId);
  storeCapsule(ctx, id, { ...c, unlockTime: newUnlockTime, extensionCount: c.extensionCount + 1n });
  setUnlockTime(ctx, id, newUnlockTime);
  ctx.notify("CapsuleExtended", [intItem(id), intItem(newUnlockTime)]);
}

const addr = (a: Hash160Le | null): Hash160Le => a ?? vmFault("null UInt160");

export const CAPSULE_METHODS: readonly ModelMethod[] = [
  method("bury", [hash160, string, string, int, bool, int, int], (ctx, owner, content, title, unlock, isPublic, category, receiptId) =>
    intItem(bury(ctx, addr(owner), content, title, unlock, isPublic, category, receiptId))),
  method("reveal", [hash160, int], (ctx, revealer, id) => reveal(ctx, addr(revealer), id)),
  method("giftCapsule", [int, hash160, int], (ctx, id, newOwner, receiptId) => giftCapsule(ctx, id, newOwner, receiptId)),
  method("addRecipient", [int, hash160], (ctx, id, recipient) => addRecipient(ctx, id, recipient)),
  method("extendUnlockTime", [int, int, int], (ctx, id, t, receiptId) => extendUnlockTime(ctx, id, t, receiptId)),
];
