// Mirrors the record helpers of contracts/NeoGacha/MiniAppNeoGacha.cs: loading and storing
// machines, items and plays, OA, SETSTOCK's bookkeeping, and the token transfers.
import type { CallContext } from "../../runtime/call-context.js";
import { check, fail } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, hash160Item, intItem } from "../../runtime/items.js";
import { readRecord, writeRecord } from "../../runtime/storage-values.js";
import { admin } from "../../bases/mini-app-base.js";
import { available, itemOf, itemRecord, machineOf, machineRecord, playRecord, type GachaItem, type Machine, type Play } from "./records.js";
import { itemKey, machineKey, playKey } from "./storage-keys.js";

export const machineExists = (ctx: CallContext, id: bigint): boolean => ctx.storage.get(machineKey(id)) !== undefined;

/** MEX(m): the machine record, or "machine not found". */
export function loadMachine(ctx: CallContext, id: bigint): Machine {
  const r = readRecord(ctx.storage, machineKey(id));
  return r === null ? fail("machine not found") : machineOf(r);
}

/** The machine of an existing play (which always exists). */
export const storedMachine = (ctx: CallContext, id: bigint): Machine => machineOf(readRecord(ctx.storage, machineKey(id))!);
export const storeMachine = (ctx: CallContext, id: bigint, m: Machine): void => writeRecord(ctx.storage, machineKey(id), machineRecord(m));
/** The item record; callers check 1 ≤ i ≤ ItemCount first. */
export const loadItem = (ctx: CallContext, id: bigint, i: bigint): GachaItem => itemOf(readRecord(ctx.storage, itemKey(id, i))!);
export const storeItem = (ctx: CallContext, id: bigint, i: bigint, it: GachaItem): void => writeRecord(ctx.storage, itemKey(id, i), itemRecord(it));
export const storePlay = (ctx: CallContext, playId: bigint, p: Play): void => writeRecord(ctx.storage, playKey(playId), playRecord(p));

/** OA(owner, m): CheckWitness(admin) ∨ (CheckWitness(owner) ∧ owner == m.Owner). */
export function validateOwnerOrAdmin(ctx: CallContext, owner: Hash160Le, m: Machine): void {
  const a = admin(ctx);
  if (a !== null && ctx.checkWitness(a)) return;
  if (ctx.checkWitness(owner) && owner === m.owner) return;
  fail("unauthorized");
}

/** SETSTOCK's bookkeeping once the item's Stock is set (`was` = AVAIL before): the machine with its available weight and count moved. */
export function restock(m: Machine, was: boolean, it: GachaItem): Machine {
  const now = available(it);
  if (was && !now) return { ...m, availableWeight: m.availableWeight - it.weight, availableItemCount: m.availableItemCount - 1n };
  if (!was && now) return { ...m, availableWeight: m.availableWeight + it.weight, availableItemCount: m.availableItemCount + 1n };
  return m;
}

/** `asset.transfer(from, to, amount, null)`; a false result throws `"transfer failed"`. */
export function transferToken(ctx: CallContext, asset: Hash160Le, from: Hash160Le, to: Hash160Le, amount: bigint): void {
  const sent = ctx.call(asset, "transfer", "All", [hash160Item(from), hash160Item(to), intItem(amount), Any]);
  check(sent.type === "Boolean" && sent.value, "transfer failed");
}
