// Mirrors contracts/RedEnvelope/MiniAppRedEnvelope.Claims.cs: claim (O(1) in every mode),
// refundEnvelope and REFUND(env).
import type { CallContext } from "../../runtime/call-context.js";
import { check, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, hash160Item, intItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { readInt, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { deleteOperationSeed, getOperationSeed } from "../../bases/mini-app-compute-base-seeds.js";
import { APP_ID, MODE, STATE } from "./constants.js";
import { nextPacket } from "./distribution.js";
import { claimRecord, type Envelope } from "./envelope-record.js";
import { envelopeExists, loadEnvelope, storeEnvelope } from "./envelope-store.js";
import { claimedKey, pairKey, PREFIX_CLAIM, PREFIX_PACKET, PREFIX_TOTAL_DISTRIBUTED } from "./storage-keys.js";

export function claim(ctx: CallContext, id: bigint, claimer: Hash160Le): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  validateUser(ctx, claimer);
  check(envelopeExists(ctx, id), "envelope not found");
  const e = loadEnvelope(ctx, id);
  check(e.state === STATE.ready, "envelope not ready");
  check(e.claimedCount < e.packetCount, "envelope empty");
  check(ctx.now <= e.expiryTime, "envelope expired");
  const key = claimedKey(claimer, id);
  check(ctx.storage.get(key) === undefined, "already claimed");

  const k = e.claimedCount;
  const amount = e.mode === MODE.lazy
    ? nextPacket(getOperationSeed(ctx, id) ?? vmFault("concatenating a null seed"), e.packetCount, k, e.remainingAmount)
    : readInt(ctx.storage, pairKey(PREFIX_PACKET, id, k));
  writeInt(ctx.storage, key, amount);
  writeRecord(ctx.storage, pairKey(PREFIX_CLAIM, id, k), claimRecord(claimer, amount));
  const best = amount > e.bestLuckAmount;
  const next: Envelope = {
    ...e, claimedCount: k + 1n, remainingAmount: e.remainingAmount - amount,
    bestLuckAddress: best ? claimer : e.bestLuckAddress, bestLuckAmount: best ? amount : e.bestLuckAmount,
  };
  storeEnvelope(ctx, id, next);
  writeInt(ctx.storage, PREFIX_TOTAL_DISTRIBUTED, readInt(ctx.storage, PREFIX_TOTAL_DISTRIBUTED) + amount);
  const last = k + 1n === e.packetCount;
  if (last) deleteOperationSeed(ctx, id);
  transferGas(ctx, claimer, amount);
  ctx.notify("EnvelopeClaimed", [intItem(id), hash160Item(claimer), intItem(amount), intItem(e.packetCount - k - 1n)]);
  if (last) ctx.notify("EnvelopeCompleted", [intItem(id), hash160Item(next.bestLuckAddress), intItem(next.bestLuckAmount)]);
  return amount;
}

export function refundEnvelope(ctx: CallContext, id: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  check(envelopeExists(ctx, id), "envelope not found");
  const e = loadEnvelope(ctx, id);
  validateUser(ctx, e.creator);
  check(e.state !== STATE.refunded, "already refunded");
  check(ctx.now > e.expiryTime, "not expired");
  check(e.remainingAmount > 0n, "nothing to refund");
  refund(ctx, id, e);
}

/** REFUND(env): State 2, RemainingAmount 0, seed deleted, the remainder to the creator. */
export function refund(ctx: CallContext, id: bigint, e: Envelope): void {
  const a = e.remainingAmount;
  storeEnvelope(ctx, id, { ...e, remainingAmount: 0n, state: STATE.refunded });
  deleteOperationSeed(ctx, id);
  transferGas(ctx, e.creator, a);
  ctx.notify("EnvelopeRefunded", [intItem(id), hash160Item(e.creator), intItem(a)]);
}

function transferGas(ctx: CallContext, to: Hash160Le, amount: bigint): void {
  const sent = ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(to), intItem(amount), Any]);
  check(sent.type === "Boolean" && sent.value, "transfer failed");
}
