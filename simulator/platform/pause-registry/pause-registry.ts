// Mirrors contracts/Platform/PauseRegistry/PauseRegistry.cs (platform.md §3): global and per-app
// pause flags, operators. No update method; calls no contract.
import { any, bool, hash160, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { byteLength, utf8Hex } from "../../runtime/hex.js";
import { boolItem, hash160Item, stringItem } from "../../runtime/items.js";
import { readHash160, readInt, writeInt } from "../../runtime/storage-values.js";
import { isValidAddress, validateAdmin } from "../admin-check.js";

export const PREFIX_ADMIN = "01";
export const PREFIX_GLOBAL_PAUSE = "02";
export const PREFIX_APP_PAUSE = "03";
export const PREFIX_OPERATOR = "04";
const MAX_APP_ID_LENGTH = 63;

const admin = (ctx: CallContext): Hash160Le | null => readHash160(ctx.storage, PREFIX_ADMIN);
const isGloballyPaused = (ctx: CallContext) => readInt(ctx.storage, PREFIX_GLOBAL_PAUSE) === 1n;
const isAppPaused = (ctx: CallContext, appId: string) => readInt(ctx.storage, PREFIX_APP_PAUSE + utf8Hex(appId)) === 1n;
const isOperator = (ctx: CallContext, addr: Hash160Le | null) => addr !== null && readInt(ctx.storage, PREFIX_OPERATOR + addr) === 1n;

/** OP: CheckWitness(admin) ∨ isOperator(tx.Sender) → "not admin or operator"; returns tx.Sender. */
function validateOperator(ctx: CallContext): Hash160Le {
  const a = admin(ctx);
  const sender = ctx.txSender();
  check((a !== null && ctx.checkWitness(a)) || isOperator(ctx, sender), "not admin or operator");
  return sender;
}

export const PAUSE_REGISTRY: ContractModel = contractModel("PauseRegistry", [
  method("_deploy", [any, bool], (ctx, _data, update) => {
    if (!update) ctx.storage.put(PREFIX_ADMIN, ctx.txSender());
  }),
  method("admin", [], (ctx) => hash160Item(admin(ctx)), { safe: true }),
  method("isGloballyPaused", [], (ctx) => boolItem(isGloballyPaused(ctx)), { safe: true }),
  method("isAppPaused", [string], (ctx, appId) => boolItem(isAppPaused(ctx, appId)), { safe: true }),
  method("isOperator", [hash160], (ctx, addr) => boolItem(isOperator(ctx, addr)), { safe: true }),
  method("isPaused", [string], (ctx, appId) => boolItem(isGloballyPaused(ctx) || isAppPaused(ctx, appId)), { safe: true }),
  method("setAdmin", [hash160], (ctx, newAdmin) => {
    validateAdmin(ctx, admin(ctx));
    check(isValidAddress(newAdmin), "invalid");
    ctx.storage.put(PREFIX_ADMIN, newAdmin!);
  }),
  method("setOperator", [hash160, bool], (ctx, addr, flag) => {
    validateAdmin(ctx, admin(ctx));
    check(isValidAddress(addr), "invalid");
    writeInt(ctx.storage, PREFIX_OPERATOR + addr, flag ? 1n : 0n);
  }),
  method("setGlobalPause", [bool], (ctx, paused) => {
    const sender = validateOperator(ctx);
    writeInt(ctx.storage, PREFIX_GLOBAL_PAUSE, paused ? 1n : 0n);
    ctx.notify("GlobalPauseChanged", [boolItem(paused), hash160Item(sender)]);
  }),
  method("setAppPause", [string, bool], (ctx, appId, paused) => {
    const sender = validateOperator(ctx);
    const length = byteLength(utf8Hex(appId));
    check(length >= 1 && length <= MAX_APP_ID_LENGTH, "invalid appId");
    writeInt(ctx.storage, PREFIX_APP_PAUSE + utf8Hex(appId), paused ? 1n : 0n);
    ctx.notify("AppPauseChanged", [stringItem(appId), boolItem(paused), hash160Item(sender)]);
  }),
], []);
