// Mirrors contracts/Platform/ServiceLayerGateway/ServiceLayerGateway.Requests.cs: requestService,
// fulfillRequest (callback dispatched with CallFlags.All after the request is stored), getRequest.
import { any, bool, hash160, int, optBytes, optString, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { byteLength, stringOfUtf8Hex, utf8Hex, type Hex } from "../../runtime/hex.js";
import { Any, boolItem, bytesItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import { bytesField, field, hash160Field, intField, withField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { isValidAddress } from "../admin-check.js";
import { isAllowedCallback, PREFIX_REQUEST_COUNTER, requestKey, updater } from "./gateway-keys.js";
import { newRequestRecord, RequestField, STATUS_FAILED, STATUS_FULFILLED, STATUS_PENDING } from "./request.js";

export function requestService(ctx: CallContext, appId: string, serviceType: string, payload: StackItem, callbackContract: Hash160Le | null, callbackMethod: string): bigint {
  check(byteLength(utf8Hex(appId)) > 0, "app id required");
  check(byteLength(utf8Hex(serviceType)) > 0, "service type required");
  check(isValidAddress(callbackContract), "callback contract required");
  check(byteLength(utf8Hex(callbackMethod)) > 0, "callback method required");
  check(ctx.calling === callbackContract, "callback must be caller");

  const id = readInt(ctx.storage, PREFIX_REQUEST_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_REQUEST_COUNTER, id);
  const p = payload.type === "Any" ? bytesItem("") : payload;
  const requester = ctx.txSender();
  writeRecord(ctx.storage, requestKey(id), newRequestRecord(id, appId, serviceType, p, callbackContract!, callbackMethod, requester, ctx.now));
  ctx.notify("ServiceRequested", [intItem(id), stringItem(appId), stringItem(serviceType), hash160Item(requester),
    hash160Item(callbackContract), stringItem(callbackMethod), p]);
  return id;
}

export function fulfillRequest(ctx: CallContext, requestId: bigint, success: boolean, result: Hex | null, error: string | null): void {
  const u = updater(ctx);
  check(u !== null && ctx.checkWitness(u), "unauthorized");
  let request = readRecord(ctx.storage, requestKey(requestId));
  check(request !== null, "request not found");
  check(intField(request!, RequestField.Status) === STATUS_PENDING, "request already fulfilled");
  const callbackContract = hash160Field(request!, RequestField.CallbackContract);
  check(isAllowedCallback(ctx, callbackContract), "callback contract not allowed");

  const r = bytesItem(result ?? "");
  const e = stringItem(error ?? "");
  request = withField(request!, RequestField.Status, intItem(success ? STATUS_FULFILLED : STATUS_FAILED));
  request = withField(request, RequestField.FulfilledAt, intItem(ctx.now));
  request = withField(request, RequestField.Success, boolItem(success));
  request = withField(request, RequestField.Result, r);
  request = withField(request, RequestField.Error, e);
  writeRecord(ctx.storage, requestKey(requestId), request);
  const appId = field(request, RequestField.AppId);
  const serviceType = field(request, RequestField.ServiceType);
  ctx.notify("ServiceFulfilled", [intItem(requestId), appId, serviceType, boolItem(success), r, e]);

  const callbackMethod = stringOfUtf8Hex(bytesField(request, RequestField.CallbackMethod)) ?? "";
  ctx.call(callbackContract, callbackMethod, "All", [intItem(requestId), appId, serviceType, boolItem(success), r, e]);
}

/** The stored Request Struct, or null. */
export function getRequest(ctx: CallContext, requestId: bigint): StackItem {
  return readRecord(ctx.storage, requestKey(requestId)) ?? Any;
}

export const GATEWAY_REQUEST_METHODS: readonly ModelMethod[] = [
  method("requestService", [string, string, any, hash160, string], (ctx, appId, serviceType, payload, cc, cm) =>
    intItem(requestService(ctx, appId, serviceType, payload, cc, cm))),
  method("fulfillRequest", [int, bool, optBytes, optString], fulfillRequest),
  method("getRequest", [int], getRequest, { safe: true }),
];
