// Mirrors contracts/CompoundCapsule/Capsule.cs (the Struct, fields in declaration order) and the
// record helpers of MiniAppCompoundCapsule.cs: RequireActive, StoreCapsule, AddTo.
import type { CallContext } from "../../runtime/call-context.js";
import { fail } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { boolItem, hash160Item, intItem, structItem } from "../../runtime/items.js";
import { boolField, hash160Field, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { capsuleKey } from "./storage-keys.js";

export interface Capsule {
  readonly owner: Hash160Le;
  /** NEO. */
  readonly principal: bigint;
  /** GAS datoshi compounded so far (without the pending piece). */
  readonly compound: bigint;
  readonly createdTime: bigint;
  readonly unlockTime: bigint;
  readonly lastCompoundTime: bigint;
  readonly lockDays: bigint;
  readonly apyBps: bigint;
  readonly active: boolean;
  readonly earlyWithdrawn: boolean;
}

export function capsuleRecord(c: Capsule): StackItem {
  return structItem([
    hash160Item(c.owner), intItem(c.principal), intItem(c.compound), intItem(c.createdTime), intItem(c.unlockTime),
    intItem(c.lastCompoundTime), intItem(c.lockDays), intItem(c.apyBps), boolItem(c.active), boolItem(c.earlyWithdrawn),
  ]);
}

export function capsuleOf(r: StackItem): Capsule {
  return {
    owner: hash160Field(r, 0), principal: intField(r, 1), compound: intField(r, 2), createdTime: intField(r, 3), unlockTime: intField(r, 4),
    lastCompoundTime: intField(r, 5), lockDays: intField(r, 6), apyBps: intField(r, 7), active: boolField(r, 8), earlyWithdrawn: boolField(r, 9),
  };
}

/** The capsule at CK, or null when CK is absent. */
export function readCapsule(ctx: CallContext, id: bigint): Capsule | null {
  const r = readRecord(ctx.storage, capsuleKey(id));
  return r === null ? null : capsuleOf(r);
}

/** The capsule at CK if active; "not active" when CK is absent or c.Active is false. */
export function requireActive(ctx: CallContext, id: bigint): Capsule {
  const c = readCapsule(ctx, id);
  if (c === null || !c.active) fail("not active");
  return c;
}

export function storeCapsule(ctx: CallContext, id: bigint, c: Capsule): void {
  writeRecord(ctx.storage, capsuleKey(id), capsuleRecord(c));
}

export function addTo(ctx: CallContext, key: Hex, amount: bigint): void {
  writeInt(ctx.storage, key, readInt(ctx.storage, key) + amount);
}
