// Mirrors contracts/Platform/PaymentHub/PaymentHub.Withdraw.cs: the balance is zeroed before the
// first transfer, shares by index, the remainder to the owner, then BalanceUpdated and Withdrawn.
import { string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { fieldItems, hash160Field } from "../../runtime/record-fields.js";
import { readInt, readRecord, writeInt } from "../../runtime/storage-values.js";
import { admin } from "./payment-hub-admin.js";
import { appBalanceKey, appConfigKey, appIdHex, TOTAL_BPS } from "./payment-hub-keys.js";
import { AppConfigField } from "./records.js";

export function withdraw(ctx: CallContext, appId: string): void {
  const id = appIdHex(appId);
  const config = readRecord(ctx.storage, appConfigKey(id));
  check(config !== null, "app not found");
  const owner = hash160Field(config!, AppConfigField.Owner);
  const hubAdmin = admin(ctx);
  check(ctx.checkWitness(owner) || (hubAdmin !== null && ctx.checkWitness(hubAdmin)), "unauthorized");

  const balance = readInt(ctx.storage, appBalanceKey(id));
  if (balance <= 0n) return;
  writeInt(ctx.storage, appBalanceKey(id), 0n);

  const recipients = fieldItems(fieldItems(config!)[AppConfigField.Recipients]!);
  const shares = fieldItems(fieldItems(config!)[AppConfigField.SharesBps]!);
  let distributed = 0n;
  let shareCount = 0n;
  recipients.forEach((recipientItem, i) => {
    const share = shares[i]!.type === "Integer" ? (shares[i] as { value: bigint }).value : 0n;
    const part = (balance * share) / TOTAL_BPS;
    if (part > 0n) {
      const recipient = (recipientItem as { hex: string }).hex as Hash160Le;
      check(transferGas(ctx, recipient, part), "withdraw transfer failed");
      ctx.notify("ShareDistributed", [stringItem(appId), hash160Item(recipient), intItem(part), intItem(share)]);
      distributed += part;
      shareCount += 1n;
    }
  });
  const remainder = balance - distributed;
  if (remainder > 0n) {
    check(transferGas(ctx, owner, remainder), "remainder transfer failed");
    ctx.notify("ShareDistributed", [stringItem(appId), hash160Item(owner), intItem(remainder), intItem(0n)]);
    shareCount += 1n;
  }
  ctx.notify("BalanceUpdated", [stringItem(appId), intItem(balance), intItem(0n)]);
  ctx.notify("Withdrawn", [stringItem(appId), intItem(balance), intItem(shareCount)]);
}

/** `GAS.Transfer(Runtime.ExecutingScriptHash, to, amount, null)`. */
function transferGas(ctx: CallContext, to: Hash160Le, amount: bigint): boolean {
  const result = ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(to), intItem(amount), Any]);
  return result.type === "Boolean" && result.value;
}

export const PAYMENT_HUB_WITHDRAW_METHODS: readonly ModelMethod[] = [method("withdraw", [string], withdraw)];
