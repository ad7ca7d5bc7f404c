// Mirrors contracts/NeoGacha/MiniAppNeoGacha.Selection.cs: LOOPSEL over a machine's stored items,
// PCHK, PLAYCHK, OPEN, RESOLVE and REFUND.
import type { CallContext } from "../../runtime/call-context.js";
import { check, fail } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { boolItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { readInt, readRecord, writeInt } from "../../runtime/storage-values.js";
import { validateAddress, validateNotGloballyPaused } from "../../bases/mini-app-base-validation.js";
import { APP_ID, ASSET_NEP17 } from "./constants.js";
import { loadItem, loadMachine, restock, storedMachine, storeItem, storeMachine, storePlay, transferToken } from "./machine-store.js";
import { available, playOf, type Machine, type Play } from "./records.js";
import { roll } from "./selection-math.js";
import { playKey, PREFIX_PLAY_COUNTER } from "./storage-keys.js";

/** LOOPSEL(m, x): reads item after item until the roll falls below the running sum (O(n)); 0 when none. */
export function loopSelectStored(ctx: CallContext, machineId: bigint, m: Machine, x: Hex): bigint {
  const r = roll(x, m.totalWeight);
  let c = 0n;
  for (let i = 1n; i <= m.itemCount; i++) {
    c += loadItem(ctx, machineId, i).weight;
    if (r < c) return i;
  }
  return 0n;
}

/** PCHK(player, m). */
export function checkPlayable(ctx: CallContext, player: Hash160Le | null, machineId: bigint): Machine {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(player);
  const m = loadMachine(ctx, machineId);
  check(m.active, "machine inactive");
  check(!m.banned, "machine banned");
  return m;
}

/** PLAYCHK(play, mode). */
export function checkPlay(ctx: CallContext, playId: bigint, mode: bigint): Play {
  const r = readRecord(ctx.storage, playKey(playId));
  if (r === null) fail("play not found");
  const play = playOf(r);
  check(!play.resolved, "already resolved");
  check(play.mode === mode, "wrong play mode");
  return play;
}

/** A new unresolved play under the next id (43); returns the id. */
export function openPlay(ctx: CallContext, player: Hash160Le, machineId: bigint, price: bigint, mode: bigint): bigint {
  const p = readInt(ctx.storage, PREFIX_PLAY_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_PLAY_COUNTER, p);
  storePlay(ctx, p, { player, machineId, itemIndex: 0n, price, timestamp: ctx.now, resolved: false, mode });
  return p;
}

/** RESOLVE(play, i). */
export function resolvePlay(ctx: CallContext, playId: bigint, play: Play, i: bigint): void {
  const machineId = play.machineId;
  const it = loadItem(ctx, machineId, i);
  if (!available(it)) return refundPlay(ctx, playId, play);
  const after = { ...it, stock: it.stock - it.amount };
  let m = restock(storedMachine(ctx, machineId), true, after);
  m = { ...m, plays: m.plays + 1n, revenue: m.revenue + play.price, lastPlayedAt: ctx.now };
  const off = !available(after) && m.active;
  if (off) m = { ...m, active: false };
  storeItem(ctx, machineId, i, after);
  storePlay(ctx, playId, { ...play, itemIndex: i, resolved: true });
  storeMachine(ctx, machineId, m);
  transferToken(ctx, it.assetHash, ctx.executing, play.player, it.amount);
  ctx.notify("PlayResolved", [hash160Item(play.player), intItem(machineId), intItem(i), intItem(playId), intItem(ASSET_NEP17), hash160Item(it.assetHash), intItem(it.amount), stringItem("")]);
  if (off) ctx.notify("MachineActivated", [intItem(machineId), boolItem(false)]);
}

/** REFUND(play). */
export function refundPlay(ctx: CallContext, playId: bigint, play: Play): void {
  storePlay(ctx, playId, { ...play, itemIndex: 0n, resolved: true });
  transferToken(ctx, GAS_HASH, ctx.executing, play.player, play.price);
  ctx.notify("PlayRefunded", [hash160Item(play.player), intItem(playId), intItem(play.price)]);
}
