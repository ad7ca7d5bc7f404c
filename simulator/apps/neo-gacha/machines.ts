// Mirrors contracts/NeoGacha/MiniAppNeoGacha.Machines.cs: createMachine, addMachineItem,
// depositItem, withdrawItem, setMachineBanned, checkAndDeactivateMachine.
import { bool, hash160, int, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { byteLength, utf8Hex } from "../../runtime/hex.js";
import { boolItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import { readInt, writeInt } from "../../runtime/storage-values.js";
import { validateAddress, validateAdmin, validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { loadBetLimits } from "../../bases/bet-ledger.js";
import { GAME_COMPUTE_BET_KEYS } from "../../bases/mini-app-game-compute-base.js";
import { APP_ID, ASSET_NEP17, MAX_CATEGORY, MAX_DESCRIPTION, MAX_ITEMS_PER_MACHINE, MAX_NAME, MAX_RARITY, MAX_TAGS, MAX_TOTAL_WEIGHT } from "./constants.js";
import { loadItem, loadMachine, restock, storeItem, storeMachine, transferToken, validateOwnerOrAdmin } from "./machine-store.js";
import { available } from "./records.js";
import { PREFIX_MACHINE_COUNTER } from "./storage-keys.js";

const len = (s: string): number => byteLength(utf8Hex(s));

export function createMachine(ctx: CallContext, creator: Hash160Le | null, name: string, description: string, category: string, tags: string, price: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(creator);
  check(len(name) > 0, "name required");
  check(len(name) <= MAX_NAME, "name too long");
  check(len(description) <= MAX_DESCRIPTION, "description too long");
  check(len(category) <= MAX_CATEGORY, "category too long");
  check(len(tags) <= MAX_TAGS, "tags too long");
  check(price > 0n, "price must be > 0");
  check(price <= loadBetLimits(ctx, GAME_COMPUTE_BET_KEYS).maxBet, "price exceeds max bet");
  validateUser(ctx, creator);
  const id = readInt(ctx.storage, PREFIX_MACHINE_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_MACHINE_COUNTER, id);
  storeMachine(ctx, id, {
    creator, owner: creator, name: utf8Hex(name), description: utf8Hex(description), category: utf8Hex(category), tags: utf8Hex(tags), price,
    itemCount: 0n, totalWeight: 0n, availableWeight: 0n, availableItemCount: 0n, plays: 0n, revenue: 0n, createdAt: ctx.now, lastPlayedAt: 0n,
    active: false, banned: false, locked: false,
  });
  ctx.notify("MachineCreated", [hash160Item(creator), intItem(id)]);
  return id;
}

export function addMachineItem(ctx: CallContext, creator: Hash160Le | null, machineId: bigint, name: string, weight: bigint, rarity: string, assetType: bigint, assetHash: Hash160Le | null, amount: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(creator);
  const m = loadMachine(ctx, machineId);
  validateOwnerOrAdmin(ctx, creator, m);
  check(!m.active, "machine active");
  check(!m.locked, "items locked");
  check(len(name) > 0, "item name required");
  check(len(name) <= MAX_NAME, "item name too long");
  check(weight > 0n, "weight must be > 0");
  check(m.itemCount < MAX_ITEMS_PER_MACHINE, "too many items");
  check(m.totalWeight + weight <= MAX_TOTAL_WEIGHT, "total weight exceeded");
  check(len(rarity) <= MAX_RARITY, "rarity too long");
  check(assetType === ASSET_NEP17, "invalid asset type");
  validateAddress(assetHash);
  check(amount > 0n, "amount must be > 0");
  const i = m.itemCount + 1n;
  storeItem(ctx, machineId, i, { name: utf8Hex(name), weight, rarity: utf8Hex(rarity), assetHash, amount, stock: 0n, cumulativeWeightBefore: m.totalWeight });
  storeMachine(ctx, machineId, { ...m, itemCount: i, totalWeight: m.totalWeight + weight });
  ctx.notify("MachineItemAdded", [intItem(machineId), intItem(i)]);
  return i;
}

export function depositItem(ctx: CallContext, owner: Hash160Le | null, machineId: bigint, itemIndex: bigint, amount: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(owner);
  check(amount > 0n, "amount must be > 0");
  const m = loadMachine(ctx, machineId);
  check(!m.banned, "machine banned");
  validateOwnerOrAdmin(ctx, owner, m);
  check(itemIndex >= 1n && itemIndex <= m.itemCount, "item not found");
  const it = loadItem(ctx, machineId, itemIndex);
  check(amount % it.amount === 0n, "amount must align with prize unit");
  transferToken(ctx, it.assetHash, owner, ctx.executing, amount);
  const was = available(it);
  const after = { ...it, stock: it.stock + amount };
  storeItem(ctx, machineId, itemIndex, after);
  storeMachine(ctx, machineId, restock(m, was, after));
  ctx.notify("InventoryDeposited", [intItem(machineId), intItem(itemIndex), intItem(amount), stringItem("")]);
}

export function withdrawItem(ctx: CallContext, owner: Hash160Le | null, machineId: bigint, itemIndex: bigint, amount: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(owner);
  check(amount > 0n, "amount must be > 0");
  const m = loadMachine(ctx, machineId);
  check(!m.active, "machine active");
  validateOwnerOrAdmin(ctx, owner, m);
  check(itemIndex >= 1n && itemIndex <= m.itemCount, "item not found");
  const it = loadItem(ctx, machineId, itemIndex);
  check(it.stock >= amount, "insufficient stock");
  const was = available(it);
  const after = { ...it, stock: it.stock - amount };
  storeItem(ctx, machineId, itemIndex, after);
  storeMachine(ctx, machineId, restock(m, was, after));
  transferToken(ctx, it.assetHash, ctx.executing, m.owner, amount);
  ctx.notify("InventoryWithdrawn", [intItem(machineId), intItem(itemIndex), intItem(amount), stringItem("")]);
}

export function setMachineBanned(ctx: CallContext, machineId: bigint, banned: boolean): void {
  validateAdmin(ctx);
  const m = loadMachine(ctx, machineId);
  storeMachine(ctx, machineId, { ...m, banned, active: banned ? false : m.active });
  ctx.notify("MachineBanned", [intItem(machineId), boolItem(banned)]);
}

export function checkAndDeactivateMachine(ctx: CallContext, machineId: bigint, calculatedRemainingWeight: bigint): void {
  const m = loadMachine(ctx, machineId);
  check(calculatedRemainingWeight === m.availableWeight, "weight mismatch");
  if (m.active && m.availableItemCount < m.itemCount) {
    storeMachine(ctx, machineId, { ...m, active: false });
    ctx.notify("MachineActivated", [intItem(machineId), boolItem(false)]);
  }
}

export const MACHINE_METHODS: readonly ModelMethod[] = [
  method("createMachine", [hash160, string, string, string, string, int], (ctx, creator, name, description, category, tags, price) =>
    intItem(createMachine(ctx, creator, name, description, category, tags, price))),
  method("addMachineItem", [hash160, int, string, int, string, int, hash160, int, string], (ctx, creator, machineId, name, weight, rarity, assetType, assetHash, amount) =>
    intItem(addMachineItem(ctx, creator, machineId, name, weight, rarity, assetType, assetHash, amount))),
  method("depositItem", [hash160, int, int, int], depositItem),
  method("withdrawItem", [hash160, int, int, int], withdrawItem),
  method("setMachineBanned", [int, bool], setMachineBanned),
  method("checkAndDeactivateMachine", [int, int], checkAndDeactivateMachine),
];
