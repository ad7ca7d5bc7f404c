// Mirrors contracts/Platform/ServiceLayerGateway/Request.cs: the Request record at 03‖bytes(requestId).
import type { Hash160Le } from "../../runtime/hash160.js";
import { boolItem, bytesItem, hash160Item, intItem, stringItem, structItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";

export const RequestField = {
  Id: 0, AppId: 1, ServiceType: 2, Payload: 3, CallbackContract: 4, CallbackMethod: 5, Requester: 6,
  Status: 7, CreatedAt: 8, FulfilledAt: 9, Success: 10, Result: 11, Error: 12,
} as const;

export const STATUS_PENDING = 0n;
export const STATUS_FULFILLED = 1n;
export const STATUS_FAILED = 2n;

/** A new pending request: Status 0, FulfilledAt 0, Success false, Result empty, Error "". */
export function newRequestRecord(id: bigint, appId: string, serviceType: string, payload: StackItem, callbackContract: Hash160Le,
  callbackMethod: string, requester: Hash160Le, createdAt: bigint): StackItem {
  return structItem([
    intItem(id), stringItem(appId), stringItem(serviceType), payload, hash160Item(callbackContract), stringItem(callbackMethod),
    hash160Item(requester), intItem(STATUS_PENDING), intItem(createdAt), intItem(0n), boolItem(false), bytesItem(""), stringItem(""),
  ]);
}
