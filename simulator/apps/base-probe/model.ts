// Mirrors contracts/Testing/BaseProbe/MiniAppBaseProbe.cs: the test app that exposes the DevPack
// base behaviour (issue #5 item 6) through public hooks named after the helper they run.
import { bool, bytes, hash160, int, optBytes, optString, string } from "../../runtime/args.js";
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { vmFault } from "../../runtime/fault.js";
import { H } from "../../runtime/hash.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { bytesOfInt, intOfBytes } from "../../runtime/integer-bytes.js";
import { boolItem, bytesItem, intItem } from "../../runtime/items.js";
import { beN, rand } from "../../runtime/rand.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy, defaultOnNEP17Payment } from "../../bases/mini-app-base-admin.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { validateAddress, validateAdmin, validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { deleteOperationSeed, generateOperationSeed } from "../../bases/mini-app-compute-base-seeds.js";
import { validateScriptHash } from "../../bases/mini-app-compute-base.js";
import { MINI_APP_GAME_COMPUTE_BASE_METHODS, recordGameBet, validateGameBetLimits } from "../../bases/mini-app-game-compute-base.js";
import { deleteRequestData, isCallbackFailure, requestRng, SERVICE_TYPE_RNG, storeRequestData, validateCallback } from "../../bases/mini-app-service-base.js";

export const APP_ID = "miniapp-base-probe";
const CALLBACK_METHOD = "onServiceCallback";
const user = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

export const BASE_PROBE: ContractModel = contractModel("MiniAppBaseProbe", [
  ...MINI_APP_GAME_COMPUTE_BASE_METHODS,
  defaultDeploy(),
  defaultOnNEP17Payment(),
  // NP, A(player), BET, RCPT, RECBET in the order the apps use; returns the receipt amount.
  method("placeBet", [hash160, int, int], (ctx, player, amount, receiptId) => {
    validateNotGloballyPaused(ctx, APP_ID);
    validateUser(ctx, user(player));
    validateGameBetLimits(ctx, player, amount);
    const paid = validatePaymentReceipt(ctx, APP_ID, user(player), amount, receiptId);
    recordGameBet(ctx, user(player), amount);
    return intItem(paid);
  }),
  method("useReceipt", [hash160, int, int], (ctx, payer, minAmount, receiptId) => intItem(validatePaymentReceipt(ctx, APP_ID, user(payer), minAmount, receiptId))),
  method("checkNotPaused", [], (ctx) => validateNotGloballyPaused(ctx, APP_ID)),
  method("checkUser", [hash160], (ctx, u) => validateUser(ctx, user(u))),
  method("checkAdmin", [], (ctx) => validateAdmin(ctx)),
  method("checkAddress", [hash160], (_ctx, a) => validateAddress(a)),
  method("checkScript", [string, bytes], (ctx, name, hash) => validateScriptHash(ctx, name, hash)),
  method("generateSeed", [int, hash160, string], (ctx, opId, u, name) => bytesItem(generateOperationSeed(ctx, opId, user(u), name))),
  method("deleteSeed", [int], (ctx, opId) => deleteOperationSeed(ctx, opId)),
  // RequestRng(APP_ID, bytes(opId), "onServiceCallback"); context 1A‖bytes(requestId) := bytes(opId).
  method("requestRandomness", [int], (ctx, opId) => {
    const payload = bytesOfInt(opId);
    const requestId = requestRng(ctx, APP_ID, payload, CALLBACK_METHOD);
    storeRequestData(ctx, requestId, payload);
    return intItem(requestId);
  }),
  method("onServiceCallback", [int, string, string, bool, optBytes, optString], (ctx, requestId, appId, serviceType, success, result) => {
    const context = validateCallback(ctx, requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID);
    deleteRequestData(ctx, requestId);
    const failed = isCallbackFailure(success, result);
    ctx.notify("RandomnessReceived", [intItem(requestId), intItem(intOfBytes(context)), boolItem(!failed), bytesItem(failed ? "" : result!)]);
  }),
  method("randOf", [bytes], (_ctx, h) => intItem(rand(h)), { safe: true }),
  method("beNOf", [bytes, int], (_ctx, h, k) => intItem(beN(h, Number(k))), { safe: true }),
  method("hashOf", [bytes], (_ctx, data) => bytesItem(H(data)), { safe: true }),
], APP_PERMISSIONS);
