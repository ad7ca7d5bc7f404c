// Mirrors contracts/OnChainTarot/MiniAppOnChainTarot.Legacy.cs: requestReading (RNG request
// through the ServiceLayerGateway) and onServiceCallback (draw the cards, or refund on failure).
import { bool, hash160, int, optBytes, optString, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt, intOfBytes } from "../../runtime/integer-bytes.js";
import { Any, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { deleteRequestData, isCallbackFailure, requestRng, SERVICE_TYPE_RNG, storeRequestData, validateCallback } from "../../bases/mini-app-service-base.js";
import { APP_ID, CALLBACK_METHOD, MODE_RNG, spreadCards, spreadFee, STATUS_COMPLETED, STATUS_PENDING, STATUS_REFUNDED } from "./constants.js";
import { cards } from "./cards.js";
import { cardsItem } from "./reading-record.js";
import { checkReading, newReading, storedReading, storeReading } from "./readings.js";

export function requestReading(ctx: CallContext, user: Hash160Le, question: string, spreadType: bigint, category: bigint, receiptId: bigint): bigint {
  checkReading(ctx, question, spreadType, category);
  validateUser(ctx, user);
  validatePaymentReceipt(ctx, APP_ID, user, spreadFee(spreadType), receiptId);
  const id = newReading(ctx, user, question, spreadType, category, MODE_RNG);
  const context = bytesOfInt(id);
  const requestId = requestRng(ctx, APP_ID, context, CALLBACK_METHOD);
  storeRequestData(ctx, requestId, context);
  ctx.notify("ReadingRequested", [intItem(id), hash160Item(user), stringItem(question), intItem(spreadType)]);
  return id;
}

export function onServiceCallback(ctx: CallContext, requestId: bigint, appId: string, serviceType: string, success: boolean, result: Hex | null): void {
  const context = validateCallback(ctx, requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID);
  const id = intOfBytes(context);
  const rd = storedReading(ctx, id);
  check(rd !== undefined && rd.status === STATUS_PENDING && rd.mode === MODE_RNG, "reading not pending");
  deleteRequestData(ctx, requestId);
  if (isCallbackFailure(success, result)) {
    const fee = spreadFee(rd!.spreadType);
    storeReading(ctx, id, { ...rd!, status: STATUS_REFUNDED });
    const sent = ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(rd!.user), intItem(fee), Any]);
    check(sent.type === "Boolean" && sent.value, "transfer failed");
    ctx.notify("ReadingRefunded", [intItem(id), hash160Item(rd!.user), intItem(fee)]);
  } else {
    const drawn = cards(result!, spreadCards(rd!.spreadType));
    storeReading(ctx, id, { ...rd!, cards: drawn, status: STATUS_COMPLETED });
    ctx.notify("ReadingCompleted", [intItem(id), hash160Item(rd!.user), cardsItem(drawn)]);
  }
}

const user = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

export const LEGACY_METHODS: readonly ModelMethod[] = [
  method("requestReading", [hash160, string, int, int, int], (ctx, u, question, spread, category, receiptId) => intItem(requestReading(ctx, user(u), question, spread, category, receiptId))),
  method("onServiceCallback", [int, string, string, bool, optBytes, optString], (ctx, requestId, appId, serviceType, success, result) =>
    onServiceCallback(ctx, requestId, appId, serviceType, success, result)),
];
