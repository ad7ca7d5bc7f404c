// Mirrors contracts/RedEnvelope/MiniAppRedEnvelope.Create.cs: CHK, NEW, createEnvelope +
// onServiceCallback (the deprecated RNG path through the gateway) and initiateEnvelope [H].
import type { CallContext } from "../../runtime/call-context.js";
import { check } from "../../runtime/fault.js";
import { ZERO_HASH160, type Hash160Le } from "../../runtime/hash160.js";
import { byteLength, utf8Hex, type Hex } from "../../runtime/hex.js";
import { bytesOfInt, intOfBytes } from "../../runtime/integer-bytes.js";
import { arrayItem, bytesItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, writeInt } from "../../runtime/storage-values.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { isScriptEnabled } from "../../bases/mini-app-compute-base.js";
import { generateOperationSeed } from "../../bases/mini-app-compute-base-seeds.js";
import { deleteRequestData, isCallbackFailure, requestRng, SERVICE_TYPE_RNG, storeRequestData, validateCallback } from "../../bases/mini-app-service-base.js";
import { APP_ID, CALLBACK_METHOD, DEFAULT_EXPIRY, MAX_MESSAGE, MAX_PACKETS, MIN_AMOUNT, MIN_PACKET, MODE, SCRIPT_NAME, STATE } from "./constants.js";
import { distribution } from "./distribution.js";
import { loadEnvelope, storeEnvelope, storePackets } from "./envelope-store.js";
import { refund } from "./claims.js";
import { PREFIX_ENVELOPE_COUNT, PREFIX_ENVELOPE_ID } from "./storage-keys.js";

export interface Creation {
  readonly creator: Hash160Le;
  readonly total: bigint;
  readonly n: bigint;
  readonly duration: bigint;
  readonly message: string;
  readonly receiptId: bigint;
}

export function createEnvelope(ctx: CallContext, c: Creation): StackItem {
  validateNotGloballyPaused(ctx, APP_ID);
  checkCreation(ctx, c);
  validatePaymentReceipt(ctx, APP_ID, c.creator, c.total, c.receiptId);
  const id = newEnvelope(ctx, c, MODE.rng);
  const context = bytesOfInt(id);
  const requestId = requestRng(ctx, APP_ID, context, CALLBACK_METHOD);
  storeRequestData(ctx, requestId, context);
  ctx.notify("EnvelopeRequested", [intItem(id), hash160Item(c.creator), intItem(requestId)]);
  return intItem(id);
}

export function onServiceCallback(ctx: CallContext, requestId: bigint, appId: string, serviceType: string, success: boolean, result: Hex | null): void {
  const id = intOfBytes(validateCallback(ctx, requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID));
  const e = loadEnvelope(ctx, id);
  check(e.state === STATE.pending && e.mode === MODE.rng, "envelope not pending");
  deleteRequestData(ctx, requestId);
  if (isCallbackFailure(success, result)) {
    refund(ctx, id, e);
    return;
  }
  storePackets(ctx, id, distribution(result!, e.totalAmount, e.packetCount));
  storeEnvelope(ctx, id, { ...e, state: STATE.ready });
  ctx.notify("EnvelopeCreated", [intItem(id), hash160Item(e.creator), intItem(e.totalAmount), intItem(e.packetCount)]);
}

export function initiateEnvelope(ctx: CallContext, c: Creation): StackItem {
  validateNotGloballyPaused(ctx, APP_ID);
  check(isScriptEnabled(ctx, SCRIPT_NAME), "script not registered");
  checkCreation(ctx, c);
  validatePaymentReceipt(ctx, APP_ID, c.creator, c.total, c.receiptId);
  const id = newEnvelope(ctx, c, MODE.unsettled);
  const seed = generateOperationSeed(ctx, id, c.creator, SCRIPT_NAME);
  ctx.notify("EnvelopeInitiated", [intItem(id), hash160Item(c.creator), intItem(c.total), intItem(c.n), bytesItem(seed)]);
  return arrayItem([intItem(id), bytesItem(seed), stringItem(SCRIPT_NAME)]);
}

/** CHK(creator, T, n, message). */
function checkCreation(ctx: CallContext, c: Creation): void {
  check(c.total >= MIN_AMOUNT, "min amount 0.1 GAS");
  check(c.n >= 1n && c.n <= MAX_PACKETS, "1-100 packets");
  check(c.total >= c.n * MIN_PACKET, "min 0.01 GAS per packet");
  check(byteLength(utf8Hex(c.message)) <= MAX_MESSAGE, "message too long");
  validateUser(ctx, c.creator);
}

/** NEW(creator, T, n, dur, message, mode): id = 40 + 1; the record; 45 += 1. */
function newEnvelope(ctx: CallContext, c: Creation, mode: bigint): bigint {
  const id = readInt(ctx.storage, PREFIX_ENVELOPE_ID) + 1n;
  writeInt(ctx.storage, PREFIX_ENVELOPE_ID, id);
  const expiryTime = ctx.now + (c.duration > 0n ? c.duration : DEFAULT_EXPIRY);
  storeEnvelope(ctx, id, {
    creator: c.creator, totalAmount: c.total, packetCount: c.n, claimedCount: 0n, remainingAmount: c.total,
    bestLuckAddress: ZERO_HASH160, bestLuckAmount: 0n, state: STATE.pending, expiryTime, messageHex: utf8Hex(c.message), mode,
  });
  writeInt(ctx.storage, PREFIX_ENVELOPE_COUNT, readInt(ctx.storage, PREFIX_ENVELOPE_COUNT) + 1n);
  return id;
}
