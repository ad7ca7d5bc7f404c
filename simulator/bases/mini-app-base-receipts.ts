// Mirrors contracts/DevPack/MiniAppBase.Receipts.cs: ValidatePaymentReceipt (= RCPT) and
// isReceiptUsed; README §6 "Pay, then act".
import { int } from "../runtime/args.js";
import type { CallContext } from "../runtime/call-context.js";
import { method, type ModelMethod } from "../runtime/contract-model.js";
import { check } from "../runtime/fault.js";
import type { Hash160Le } from "../runtime/hash160.js";
import { utf8Hex } from "../runtime/hex.js";
import { boolItem, intItem, sameBytes } from "../runtime/items.js";
import { field, intField } from "../runtime/record-fields.js";
import { writeInt } from "../runtime/storage-values.js";
import { integerKey, paymentHub, PREFIX_RECEIPT_USED } from "./mini-app-base.js";

/**
 * RCPT(payer, minAmount, receiptId): the receipt is marked used before the hub is called, so a
 * re-entrant second use fails with "receipt already used"; returns the receipt amount.
 */
export function validatePaymentReceipt(ctx: CallContext, appId: string, payer: Hash160Le, minAmount: bigint, receiptId: bigint): bigint {
  check(receiptId > 0n, "receiptId required");
  const hub = paymentHub(ctx);
  check(hub !== null, "payment hub not set");
  const usedKey = integerKey(PREFIX_RECEIPT_USED, receiptId);
  check(ctx.storage.get(usedKey) === undefined, "receipt already used");
  writeInt(ctx.storage, usedKey, 1n);
  const receipt = ctx.call(hub!, "getReceipt", "ReadOnly", [intItem(receiptId)]);
  check(receipt.type !== "Any" && intField(receipt, 0) === receiptId, "receipt not found");
  check(sameBytes(field(receipt, 1), utf8Hex(appId)), "receipt app mismatch");
  check(sameBytes(field(receipt, 2), payer), "receipt payer mismatch");
  const amount = intField(receipt, 3);
  check(amount >= minAmount, "insufficient payment");
  return amount;
}

export const isReceiptUsed = (ctx: CallContext, receiptId: bigint): boolean =>
  ctx.storage.get(integerKey(PREFIX_RECEIPT_USED, receiptId)) !== undefined;

export const RECEIPT_METHODS: readonly ModelMethod[] = [
  method("isReceiptUsed", [int], (ctx, receiptId) => boolItem(isReceiptUsed(ctx, receiptId)), { safe: true }),
];

