// Mirrors contracts/NeoGacha/Records.cs: the Machine, GachaItem and Play Structs, fields in
// declaration order (strings as their stored UTF-8 bytes).
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { boolItem, bytesItem, hash160Item, intItem, structItem } from "../../runtime/items.js";
import { boolField, bytesField, hash160Field, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";

export interface Machine {
  creator: Hash160Le;
  owner: Hash160Le;
  name: Hex;
  description: Hex;
  category: Hex;
  tags: Hex;
  price: bigint;
  itemCount: bigint;
  totalWeight: bigint;
  availableWeight: bigint;
  availableItemCount: bigint;
  plays: bigint;
  revenue: bigint;
  createdAt: bigint;
  lastPlayedAt: bigint;
  active: boolean;
  banned: boolean;
  locked: boolean;
}

export function machineRecord(m: Machine): StackItem {
  return structItem([
    hash160Item(m.creator), hash160Item(m.owner), bytesItem(m.name), bytesItem(m.description), bytesItem(m.category), bytesItem(m.tags),
    intItem(m.price), intItem(m.itemCount), intItem(m.totalWeight), intItem(m.availableWeight), intItem(m.availableItemCount),
    intItem(m.plays), intItem(m.revenue), intItem(m.createdAt), intItem(m.lastPlayedAt), boolItem(m.active), boolItem(m.banned), boolItem(m.locked),
  ]);
}

export function machineOf(r: StackItem): Machine {
  return {
    creator: hash160Field(r, 0), owner: hash160Field(r, 1), name: bytesField(r, 2), description: bytesField(r, 3), category: bytesField(r, 4), tags: bytesField(r, 5),
    price: intField(r, 6), itemCount: intField(r, 7), totalWeight: intField(r, 8), availableWeight: intField(r, 9), availableItemCount: intField(r, 10),
    plays: intField(r, 11), revenue: intField(r, 12), createdAt: intField(r, 13), lastPlayedAt: intField(r, 14),
    active: boolField(r, 15), banned: boolField(r, 16), locked: boolField(r, 17),
  };
}

export interface GachaItem {
  name: Hex;
  weight: bigint;
  rarity: Hex;
  assetHash: Hash160Le;
  amount: bigint;
  stock: bigint;
  cumulativeWeightBefore: bigint;
}

export function itemRecord(it: GachaItem): StackItem {
  return structItem([bytesItem(it.name), intItem(it.weight), bytesItem(it.rarity), hash160Item(it.assetHash), intItem(it.amount), intItem(it.stock), intItem(it.cumulativeWeightBefore)]);
}

export function itemOf(r: StackItem): GachaItem {
  return { name: bytesField(r, 0), weight: intField(r, 1), rarity: bytesField(r, 2), assetHash: hash160Field(r, 3), amount: intField(r, 4), stock: intField(r, 5), cumulativeWeightBefore: intField(r, 6) };
}

export interface Play {
  player: Hash160Le;
  machineId: bigint;
  itemIndex: bigint;
  price: bigint;
  timestamp: bigint;
  resolved: boolean;
  mode: bigint;
}

export function playRecord(p: Play): StackItem {
  return structItem([hash160Item(p.player), intItem(p.machineId), intItem(p.itemIndex), intItem(p.price), intItem(p.timestamp), boolItem(p.resolved), intItem(p.mode)]);
}

export function playOf(r: StackItem): Play {
  return { player: hash160Field(r, 0), machineId: intField(r, 1), itemIndex: intField(r, 2), price: intField(r, 3), timestamp: intField(r, 4), resolved: boolField(r, 5), mode: intField(r, 6) };
}

/** AVAIL(it) = Stock ≥ Amount. */
export const available = (it: GachaItem): boolean => it.stock >= it.amount;
