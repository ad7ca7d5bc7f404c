// Mirrors contracts/RedEnvelope/MiniAppRedEnvelope.Deprecated.cs: settleEnvelope [D] (O(n) check of
// the whole distribution, O(n) packet storage), verifyDistribution and previewDistribution [D].
import { array, bytes, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { intOfBytes } from "../../runtime/integer-bytes.js";
import { arrayItem, boolItem, hash160Item, intItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { deleteOperationSeed, getOperationSeed } from "../../bases/mini-app-compute-base-seeds.js";
import { MAX_PACKETS, MIN_PACKET, MODE, STATE } from "./constants.js";
import { distribution } from "./distribution.js";
import { envelopeExists, loadEnvelope, storeEnvelope, storePackets } from "./envelope-store.js";
import { checkSettle } from "./hybrid.js";
import { pairKey, PREFIX_PACKET } from "./storage-keys.js";

export function settleEnvelope(ctx: CallContext, creator: Hash160Le, id: bigint, amounts: readonly StackItem[], scriptHash: Hex): void {
  const e = checkSettle(ctx, creator, id, scriptHash);
  check(BigInt(amounts.length) === e.packetCount, "wrong packet count");
  const honest = distribution(getOperationSeed(ctx, id)!, e.totalAmount, e.packetCount);
  honest.forEach((a, k) => check(int(amounts[k]!) === a, "distribution mismatch"));
  storePackets(ctx, id, honest);
  deleteOperationSeed(ctx, id);
  storeEnvelope(ctx, id, { ...e, state: STATE.ready, mode: MODE.eager });
  ctx.notify("EnvelopeCreated", [intItem(id), hash160Item(e.creator), intItem(e.totalAmount), intItem(e.packetCount)]);
}

export function verifyDistribution(ctx: CallContext, id: bigint, amounts: readonly StackItem[]): boolean {
  if (!envelopeExists(ctx, id)) return false;
  const e = loadEnvelope(ctx, id);
  if (BigInt(amounts.length) !== e.packetCount) return false;
  const seed = getOperationSeed(ctx, id);
  if (seed !== undefined) return distribution(seed, e.totalAmount, e.packetCount).every((a, k) => int(amounts[k]!) === a);
  return amounts.every((item, k) => {
    const stored = ctx.storage.get(pairKey(PREFIX_PACKET, id, BigInt(k)));
    return stored !== undefined && int(item) === intOfBytes(stored);
  });
}

export function previewDistribution(seed: Hex, total: bigint, n: bigint): bigint[] {
  check(n >= 1n && n <= MAX_PACKETS, "1-100 packets");
  check(total >= n * MIN_PACKET, "min 0.01 GAS per packet");
  return distribution(seed, total, n);
}

const who = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

export const DEPRECATED_METHODS: readonly ModelMethod[] = [
  method("settleEnvelope", [hash160, int, array, bytes], (ctx, creator, id, amounts, hash) => settleEnvelope(ctx, who(creator), id, amounts, hash)),
  method("verifyDistribution", [int, array], (ctx, id, amounts) => boolItem(verifyDistribution(ctx, id, amounts)), { safe: true }),
  method("previewDistribution", [bytes, int, int], (_ctx, seed, total, n) => arrayItem(previewDistribution(seed, total, n).map(intItem)), { safe: true }),
];
