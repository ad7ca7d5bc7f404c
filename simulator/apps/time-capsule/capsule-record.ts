// Mirrors contracts/TimeCapsule/Capsule.cs (the Struct, fields in declaration order) and the record
// helpers of MiniAppTimeCapsule.cs: RequireCapsule, StoreCapsule, Increment.
import type { CallContext } from "../../runtime/call-context.js";
import { fail } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { boolItem, bytesItem, hash160Item, intItem, structItem } from "../../runtime/items.js";
import { boolField, bytesField, hash160Field, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { capsuleKey } from "./storage-keys.js";

export interface Capsule {
  owner: Hash160Le;
  /** UTF-8 bytes of the content hash String. */
  contentHash: Hex;
  title: Hex;
  category: bigint;
  unlockTime: bigint;
  createTime: bigint;
  isPublic: boolean;
  isRevealed: boolean;
  revealer: Hash160Le;
  revealTime: bigint;
  recipientCount: bigint;
  extensionCount: bigint;
  isGifted: boolean;
}

export function capsuleRecord(c: Capsule): StackItem {
  return structItem([
    hash160Item(c.owner), bytesItem(c.contentHash), bytesItem(c.title), intItem(c.category), intItem(c.unlockTime), intItem(c.createTime),
    boolItem(c.isPublic), boolItem(c.isRevealed), hash160Item(c.revealer), intItem(c.revealTime), intItem(c.recipientCount),
    intItem(c.extensionCount), boolItem(c.isGifted),
  ]);
}

export function capsuleOf(r: StackItem): Capsule {
  return {
    owner: hash160Field(r, 0), contentHash: bytesField(r, 1), title: bytesField(r, 2), category: intField(r, 3), unlockTime: intField(r, 4),
    createTime: intField(r, 5), isPublic: boolField(r, 6), isRevealed: boolField(r, 7), revealer: hash160Field(r, 8), revealTime: intField(r, 9),
    recipientCount: intField(r, 10), extensionCount: intField(r, 11), isGifted: boolField(r, 12),
  };
}

/** The capsule at CK, or null when CK is absent. */
export function readCapsule(ctx: CallContext, id: bigint): Capsule | null {
  const r = readRecord(ctx.storage, capsuleKey(id));
  return r === null ? null : capsuleOf(r);
}

/** The capsule at CK; "capsule not found" when CK is absent. */
export function requireCapsule(ctx: CallContext, id: bigint): Capsule {
  return readCapsule(ctx, id) ?? fail("capsule not found");
}

export function storeCapsule(ctx: CallContext, id: bigint, c: Capsule): void {
  writeRecord(ctx.storage, capsuleKey(id), capsuleRecord(c));
}

export function increment(ctx: CallContext, key: Hex): void {
  writeInt(ctx.storage, key, readInt(ctx.storage, key) + 1n);
}
