// Mirrors contracts/Platform/PaymentHub/PaymentHub.Payments.cs: onNEP17Payment (GAS with the app
// id as data creates a receipt) and getReceipt.
import { any, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { byteLength, type Hex } from "../../runtime/hex.js";
import { Any, bytesItem, hash160Item, intItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { boolField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { appBalanceKey, appConfigKey, PREFIX_RECEIPT_COUNTER, receiptKey } from "./payment-hub-keys.js";
import { AppConfigField, receiptRecord } from "./records.js";

export function onNEP17Payment(ctx: CallContext, from: Hash160Le | null, amount: bigint, data: StackItem): void {
  check(ctx.calling === GAS_HASH, "only GAS accepted");
  check(amount > 0n, "invalid amount");
  check(data.type !== "Any", "payment data required");
  // `(string)data`: the raw bytes name the app (platform.md §1 step 3), so keys and events use them as they are.
  const appId = appIdBytes(data);
  check(byteLength(appId) > 0, "app id required");
  const config = readRecord(ctx.storage, appConfigKey(appId));
  check(config !== null, "app not found");
  check(boolField(config!, AppConfigField.Enabled), "app disabled");

  const oldBalance = readInt(ctx.storage, appBalanceKey(appId));
  const newBalance = oldBalance + amount;
  writeInt(ctx.storage, appBalanceKey(appId), newBalance);
  ctx.notify("BalanceUpdated", [bytesItem(appId), intItem(oldBalance), intItem(newBalance)]);

  const id = readInt(ctx.storage, PREFIX_RECEIPT_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_RECEIPT_COUNTER, id);
  writeRecord(ctx.storage, receiptKey(id), receiptRecord(id, appId, from, amount, ctx.now, ""));
  ctx.notify("PaymentReceived", [intItem(id), bytesItem(appId), hash160Item(from), intItem(amount), bytesItem("")]);
}

/** NeoVM's conversion of `data` to a ByteString (an Integer or Boolean converts; an Array faults). */
function appIdBytes(data: StackItem): Hex {
  switch (data.type) {
    case "ByteString": case "Buffer": return data.hex;
    case "Integer": return bytesOfInt(data.value);
    case "Boolean": return data.value ? "01" : "00";
    default: return vmFault(`cannot convert ${data.type} to a String`);
  }
}

/** The stored Receipt Struct (6 items), or null when no receipt has that id. */
export function getReceipt(ctx: CallContext, receiptId: bigint): StackItem {
  return readRecord(ctx.storage, receiptKey(receiptId)) ?? Any;
}

export const PAYMENT_HUB_PAYMENTS_METHODS: readonly ModelMethod[] = [
  method("onNEP17Payment", [hash160, int, any], onNEP17Payment),
  method("getReceipt", [int], getReceipt, { safe: true }),
];
