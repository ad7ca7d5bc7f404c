// Mirrors contracts/RedEnvelope/MiniAppRedEnvelope.Hybrid.cs: settleEnvelopeLazy [H] (O(1), seed
// kept), SCHK, verifyPacket and getNextPacketAmount [H] (O(1) from the running remainder),
// getEnvelopeStateForFrontend [H].
import { bytes, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { intOfBytes } from "../../runtime/integer-bytes.js";
import { boolItem, bytesItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validateScriptHash } from "../../bases/mini-app-compute-base.js";
import { getOperationSeed } from "../../bases/mini-app-compute-base-seeds.js";
import { APP_ID, MODE, SCRIPT_NAME, STATE } from "./constants.js";
import { nextPacket } from "./distribution.js";
import type { Envelope } from "./envelope-record.js";
import { claimedPacket, envelopeExists, loadEnvelope, storeEnvelope } from "./envelope-store.js";
import { pairKey, PREFIX_PACKET } from "./storage-keys.js";

const who = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

export function settleEnvelopeLazy(ctx: CallContext, creator: Hash160Le, id: bigint, scriptHash: Hex): void {
  const e = checkSettle(ctx, creator, id, scriptHash);
  storeEnvelope(ctx, id, { ...e, state: STATE.ready, mode: MODE.lazy });
  ctx.notify("EnvelopeCreated", [intItem(id), hash160Item(e.creator), intItem(e.totalAmount), intItem(e.packetCount)]);
}

/** SCHK(creator, id): NP, VSH, A(creator), exists, creator, pending mode 0, seed. */
export function checkSettle(ctx: CallContext, creator: Hash160Le, id: bigint, scriptHash: Hex): Envelope {
  validateNotGloballyPaused(ctx, APP_ID);
  validateScriptHash(ctx, SCRIPT_NAME, scriptHash);
  validateUser(ctx, creator);
  check(envelopeExists(ctx, id), "envelope not found");
  const e = loadEnvelope(ctx, id);
  check(e.creator === creator, "not creator");
  check(e.state === STATE.pending && e.mode === MODE.unsettled, "envelope not pending");
  check(getOperationSeed(ctx, id) !== undefined, "seed not found");
  return e;
}

export function verifyPacket(ctx: CallContext, id: bigint, k: bigint, amount: bigint): boolean {
  if (!envelopeExists(ctx, id)) return false;
  const e = loadEnvelope(ctx, id);
  if (k < 0n || k >= e.packetCount) return false;
  if (e.mode === MODE.rng || e.mode === MODE.eager) {
    const stored = ctx.storage.get(pairKey(PREFIX_PACKET, id, k));
    return stored !== undefined && amount === intOfBytes(stored);
  }
  if (k < e.claimedCount) return amount === claimedPacket(ctx, id, k);
  const seed = getOperationSeed(ctx, id);
  if (k === e.claimedCount && seed !== undefined) return amount === nextPacket(seed, e.packetCount, k, e.remainingAmount);
  return false;
}

export function getNextPacketAmount(ctx: CallContext, id: bigint): bigint {
  if (!envelopeExists(ctx, id)) return 0n;
  const e = loadEnvelope(ctx, id);
  if (e.state === STATE.refunded || e.claimedCount >= e.packetCount) return 0n;
  const k = e.claimedCount;
  const stored = ctx.storage.get(pairKey(PREFIX_PACKET, id, k));
  if (stored !== undefined) return intOfBytes(stored);
  const seed = getOperationSeed(ctx, id);
  return seed !== undefined ? nextPacket(seed, e.packetCount, k, e.remainingAmount) : 0n;
}

export function getEnvelopeStateForFrontend(ctx: CallContext, id: bigint): StackItem {
  if (!envelopeExists(ctx, id)) return { type: "Map", entries: [] };
  const e = loadEnvelope(ctx, id);
  const entries: [string, StackItem][] = [
    ["id", intItem(id)],
    ["creator", hash160Item(e.creator)],
    ["totalAmount", intItem(e.totalAmount)],
    ["packetCount", intItem(e.packetCount)],
    ["claimedCount", intItem(e.claimedCount)],
    ["remainingAmount", intItem(e.remainingAmount)],
    ["bestLuckAddress", hash160Item(e.bestLuckAddress)],
    ["bestLuckAmount", intItem(e.bestLuckAmount)],
    ["state", intItem(e.state)],
    ["mode", intItem(e.mode)],
    ["expiryTime", intItem(e.expiryTime)],
    ["message", { type: "ByteString", hex: e.messageHex }],
    ["seed", bytesItem(getOperationSeed(ctx, id))],
    ["currentTime", intItem(ctx.now)],
    ["isExpired", boolItem(ctx.now > e.expiryTime)],
    ["remainingPackets", intItem(e.packetCount - e.claimedCount)],
  ];
  return { type: "Map", entries: entries.map(([k, v]) => [stringItem(k), v] as const) };
}

export const HYBRID_METHODS: readonly ModelMethod[] = [
  method("settleEnvelopeLazy", [hash160, int, bytes], (ctx, creator, id, hash) => settleEnvelopeLazy(ctx, who(creator), id, hash)),
  method("verifyPacket", [int, int, int], (ctx, id, k, amount) => boolItem(verifyPacket(ctx, id, k, amount)), { safe: true }),
  method("getNextPacketAmount", [int], (ctx, id) => intItem(getNextPacketAmount(ctx, id)), { safe: true }),
  method("getEnvelopeStateForFrontend", [int], getEnvelopeStateForFrontend, { safe: true }),
];
