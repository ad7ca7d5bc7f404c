// Mirrors contracts/DevPack/MiniAppServiceBase.cs: gateway service requests, request contexts at
// 1A‖bytes(requestId), callback validation (devpack.md §2). No public methods of its own.
import type { CallContext } from "../runtime/call-context.js";
import type { ModelMethod } from "../runtime/contract-model.js";
import { check } from "../runtime/fault.js";
import { byteLength, type Hex } from "../runtime/hex.js";
import { bytesItem, hash160Item, intItem, stringItem } from "../runtime/items.js";
import { int as asInt } from "../runtime/args.js";
import { gateway, integerKey } from "./mini-app-base.js";
import { MINI_APP_BASE_METHODS } from "./mini-app-base-methods.js";
import { validateGateway } from "./mini-app-base-validation.js";

export const PREFIX_REQUEST_DATA = "1a";
export const SERVICE_TYPE_RNG = "rng";

/** Calls the gateway's requestService with this contract as callback; emits the app's ServiceRequested. */
export function requestService(ctx: CallContext, appId: string, serviceType: string, payload: Hex, callbackMethod: string): bigint {
  const g = gateway(ctx);
  check(g !== null, "gateway not set");
  const result = ctx.call(g!, "requestService", "All",
    [stringItem(appId), stringItem(serviceType), bytesItem(payload), hash160Item(ctx.executing), stringItem(callbackMethod)]);
  const requestId = asInt(result);
  ctx.notify("ServiceRequested", [intItem(requestId), stringItem(serviceType)]);
  return requestId;
}

export const requestRng = (ctx: CallContext, appId: string, payload: Hex, callbackMethod: string): bigint =>
  requestService(ctx, appId, SERVICE_TYPE_RNG, payload, callbackMethod);

export const storeRequestData = (ctx: CallContext, requestId: bigint, data: Hex): void => ctx.storage.put(integerKey(PREFIX_REQUEST_DATA, requestId), data);
export const getRequestData = (ctx: CallContext, requestId: bigint): Hex | undefined => ctx.storage.get(integerKey(PREFIX_REQUEST_DATA, requestId));
export const deleteRequestData = (ctx: CallContext, requestId: bigint): void => ctx.storage.delete(integerKey(PREFIX_REQUEST_DATA, requestId));

/** First statements of every callback; returns the stored request context. */
export function validateCallback(ctx: CallContext, requestId: bigint, appId: string, serviceType: string, expectedType: string, expectedAppId: string): Hex {
  validateGateway(ctx);
  check(appId === expectedAppId, "app mismatch");
  check(serviceType === expectedType, "service mismatch");
  const context = getRequestData(ctx, requestId);
  check(context !== undefined, "unknown request");
  return context!;
}

/** A callback fails when ¬success ∨ len(result) = 0. */
export const isCallbackFailure = (success: boolean, result: Hex | null): boolean => !success || result === null || byteLength(result) === 0;

/** MiniAppServiceBase's public ABI: MiniAppBase's. */
export const MINI_APP_SERVICE_BASE_METHODS: readonly ModelMethod[] = MINI_APP_BASE_METHODS;
