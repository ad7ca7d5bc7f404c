// Mirrors contracts/Platform/PaymentHub/Records.cs: the AppConfig and Receipt records.
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { boolItem, bytesItem, hash160Item, intItem, structItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";

/** AppConfig Struct [Owner, Recipients, SharesBps, Enabled]; the Arrays as passed to configureApp. */
export function appConfigRecord(owner: Hash160Le, recipients: readonly StackItem[], sharesBps: readonly StackItem[], enabled: boolean): StackItem {
  return structItem([hash160Item(owner), { type: "Array", items: recipients }, { type: "Array", items: sharesBps }, boolItem(enabled)]);
}

export const AppConfigField = { Owner: 0, Recipients: 1, SharesBps: 2, Enabled: 3 } as const;

/** Receipt Struct [Id, AppId, Payer, Amount, Timestamp, Memo]. */
export function receiptRecord(id: bigint, appIdHex: Hex, payer: Hash160Le | null, amount: bigint, timestamp: bigint, memo: string): StackItem {
  return structItem([intItem(id), bytesItem(appIdHex), hash160Item(payer), intItem(amount), intItem(timestamp), bytesItem(Buffer.from(memo).toString("hex"))]);
}

export const ReceiptField = { Id: 0, AppId: 1, Payer: 2, Amount: 3, Timestamp: 4, Memo: 5 } as const;
