// Mirrors contracts/NeoGacha/MiniAppNeoGacha.Getters.cs (neo-gacha.md "Getters").
import { bytes, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import type { Hex } from "../../runtime/hex.js";
import { arrayItem, boolItem, bytesItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { stringMapItem } from "../../runtime/string-map.js";
import { ASSET_NEP17, MAX_ITEMS_PER_MACHINE, MAX_TOTAL_WEIGHT, SCRIPT_NAME } from "./constants.js";
import { loadItem } from "./machine-store.js";
import { available, machineOf, playOf, type Machine } from "./records.js";
import { loopSelectStored } from "./selection.js";
import { inRange } from "./selection-math.js";
import { machineKey, playKey, PREFIX_MACHINE_COUNTER, randomnessKey } from "./storage-keys.js";

const machineIfAny = (ctx: CallContext, id: bigint): Machine | null => {
  const r = readRecord(ctx.storage, machineKey(id));
  return r === null ? null : machineOf(r);
};

/** [H] O(1), false at the first failing condition. */
export function verifySelectionO1(ctx: CallContext, id: bigint, x: Hex, i: bigint, c: bigint, w: bigint): boolean {
  const m = machineIfAny(ctx, id);
  if (m === null) return false;
  if (!(i >= 1n && i <= m.itemCount)) return false;
  if (!(w === m.totalWeight && m.totalWeight > 0n)) return false;
  const it = loadItem(ctx, id, i);
  if (c !== it.cumulativeWeightBefore) return false;
  return inRange(x, w, c, it.weight);
}

/** [D] O(n) LOOPSEL; 0 for a missing machine or TotalWeight 0. */
export function calculateExpectedSelection(ctx: CallContext, id: bigint, x: Hex): bigint {
  const m = machineIfAny(ctx, id);
  if (m === null || m.totalWeight === 0n) return 0n;
  return loopSelectStored(ctx, id, m, x);
}

/** [D] O(n) Σ w_i over available items. */
export function getAvailableWeight(ctx: CallContext, id: bigint): bigint {
  const m = machineIfAny(ctx, id);
  if (m === null) return 0n;
  let total = 0n;
  for (let i = 1n; i <= m.itemCount; i++) {
    const it = loadItem(ctx, id, i);
    if (available(it)) total += it.weight;
  }
  return total;
}

export function machineItemsForFrontend(ctx: CallContext, id: bigint): StackItem {
  const m = machineIfAny(ctx, id);
  if (m === null) return arrayItem([]);
  const items: StackItem[] = [];
  for (let i = 1n; i <= m.itemCount; i++) {
    const it = loadItem(ctx, id, i);
    items.push(arrayItem([intItem(i), bytesItem(it.name), intItem(it.weight), bytesItem(it.rarity), intItem(ASSET_NEP17), hash160Item(it.assetHash),
      intItem(it.amount), intItem(it.stock), intItem(it.cumulativeWeightBefore), boolItem(available(it))]));
  }
  return arrayItem(items);
}

function machineView(ctx: CallContext, id: bigint): StackItem {
  const m = machineIfAny(ctx, id);
  if (m === null) return stringMapItem([]);
  return stringMapItem([
    ["id", intItem(id)], ["creator", hash160Item(m.creator)], ["owner", hash160Item(m.owner)], ["name", bytesItem(m.name)],
    ["description", bytesItem(m.description)], ["category", bytesItem(m.category)], ["tags", bytesItem(m.tags)], ["price", intItem(m.price)],
    ["itemCount", intItem(m.itemCount)], ["totalWeight", intItem(m.totalWeight)], ["availableWeight", intItem(m.availableWeight)],
    ["availableItemCount", intItem(m.availableItemCount)], ["plays", intItem(m.plays)], ["revenue", intItem(m.revenue)],
    ["createdAt", intItem(m.createdAt)], ["lastPlayedAt", intItem(m.lastPlayedAt)], ["active", boolItem(m.active)], ["banned", boolItem(m.banned)],
    ["locked", boolItem(m.locked)],
  ]);
}

function itemView(ctx: CallContext, id: bigint, i: bigint): StackItem {
  const m = machineIfAny(ctx, id);
  if (m === null || !(i >= 1n && i <= m.itemCount)) return stringMapItem([]);
  const it = loadItem(ctx, id, i);
  return stringMapItem([
    ["machineId", intItem(id)], ["itemIndex", intItem(i)], ["name", bytesItem(it.name)], ["weight", intItem(it.weight)], ["rarity", bytesItem(it.rarity)],
    ["assetHash", hash160Item(it.assetHash)], ["amount", intItem(it.amount)], ["stock", intItem(it.stock)], ["cumulativeWeightBefore", intItem(it.cumulativeWeightBefore)],
  ]);
}

function playView(ctx: CallContext, playId: bigint): StackItem {
  const r = readRecord(ctx.storage, playKey(playId));
  if (r === null) return stringMapItem([]);
  const p = playOf(r);
  return stringMapItem([
    ["playId", intItem(playId)], ["player", hash160Item(p.player)], ["machineId", intItem(p.machineId)], ["itemIndex", intItem(p.itemIndex)],
    ["price", intItem(p.price)], ["timestamp", intItem(p.timestamp)], ["resolved", boolItem(p.resolved)], ["mode", intItem(p.mode)],
  ]);
}

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("verifySelectionO1", [int, bytes, int, int, int], (ctx, id, x, i, c, w) => boolItem(verifySelectionO1(ctx, id, x, i, c, w)), { safe: true }),
  method("calculateExpectedSelection", [int, bytes], (ctx, id, x) => intItem(calculateExpectedSelection(ctx, id, x)), { safe: true }),
  method("getAvailableWeight", [int], (ctx, id) => intItem(getAvailableWeight(ctx, id)), { safe: true }),
  method("getMachineItemsForFrontend", [int], machineItemsForFrontend, { safe: true }),
  method("getGachaConstants", [], (ctx) => stringMapItem([
    ["maxItemsPerMachine", intItem(MAX_ITEMS_PER_MACHINE)], ["maxTotalWeight", intItem(MAX_TOTAL_WEIGHT)], ["assetNep17", intItem(ASSET_NEP17)],
    ["scriptName", stringItem(SCRIPT_NAME)], ["currentTime", intItem(ctx.now)],
  ]), { safe: true }),
  method("getMachine", [int], machineView, { safe: true }),
  method("getMachineItem", [int, int], itemView, { safe: true }),
  method("getPlay", [int], playView, { safe: true }),
  method("getPlayRandomness", [int], (ctx, p) => bytesItem(ctx.storage.get(randomnessKey(p))), { safe: true }),
  method("totalMachines", [], (ctx) => intItem(readInt(ctx.storage, PREFIX_MACHINE_COUNTER)), { safe: true }),
];
