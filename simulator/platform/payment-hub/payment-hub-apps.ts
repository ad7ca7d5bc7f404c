// Mirrors contracts/Platform/PaymentHub/PaymentHub.Apps.cs: configureApp, getApp, getAppBalance.
import { array, bool, hash160, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { byteLength } from "../../runtime/hex.js";
import { Any, boolItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord, writeRecord } from "../../runtime/storage-values.js";
import { isValidAddress, isValidAddressItem } from "../admin-check.js";
import { validateHubAdmin } from "./payment-hub-admin.js";
import { appBalanceKey, appConfigKey, appIdHex, MAX_APP_ID_LENGTH, MAX_RECIPIENTS, TOTAL_BPS } from "./payment-hub-keys.js";
import { appConfigRecord } from "./records.js";

export function configureApp(ctx: CallContext, appId: string, owner: Hash160Le | null, recipients: readonly StackItem[], sharesBps: readonly StackItem[], enabled: boolean): void {
  validateHubAdmin(ctx);
  const id = appIdHex(appId);
  check(byteLength(id) > 0, "app id required");
  check(byteLength(id) <= MAX_APP_ID_LENGTH, "app id too long");
  check(isValidAddress(owner), "owner required");
  check(recipients.length === sharesBps.length, "split length mismatch");
  check(recipients.length >= 1 && recipients.length <= MAX_RECIPIENTS, "invalid recipients");
  for (const r of recipients) check(isValidAddressItem(r), "invalid recipient");
  let total = 0n;
  for (const s of sharesBps) {
    const share = s.type === "Integer" ? s.value : 0n;
    check(s.type === "Integer" && share >= 0n, "invalid share");
    total += share;
  }
  check(total === TOTAL_BPS, "shares must sum to 10000 bps");
  writeRecord(ctx.storage, appConfigKey(id), appConfigRecord(owner!, recipients, sharesBps, enabled));
  ctx.notify("AppConfigured", [stringItem(appId), hash160Item(owner), boolItem(enabled)]);
  ctx.notify("SplitConfigured", [stringItem(appId), intItem(BigInt(recipients.length)), intItem(TOTAL_BPS)]);
}

/** The stored AppConfig Struct, or null. */
export function getApp(ctx: CallContext, appId: string): StackItem {
  return readRecord(ctx.storage, appConfigKey(appIdHex(appId))) ?? Any;
}

export function getAppBalance(ctx: CallContext, appId: string): bigint {
  return readInt(ctx.storage, appBalanceKey(appIdHex(appId)));
}

export const PAYMENT_HUB_APPS_METHODS: readonly ModelMethod[] = [
  method("configureApp", [string, hash160, array, array, bool], configureApp),
  method("getApp", [string], getApp, { safe: true }),
  method("getAppBalance", [string], (ctx, appId) => intItem(getAppBalance(ctx, appId)), { safe: true }),
];
