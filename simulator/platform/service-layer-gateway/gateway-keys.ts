import type { Hex } from "../../runtime/hex.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";
import type { CallContext } from "../../runtime/call-context.js";
import { readHash160, readInt } from "../../runtime/storage-values.js";

/** Storage keys of ServiceLayerGateway (platform.md §2; ServiceLayerGateway.cs PREFIX_* constants). */
export const PREFIX_ADMIN = "01";
export const PREFIX_UPDATER = "02";
export const PREFIX_REQUEST = "03";
export const PREFIX_REQUEST_COUNTER = "04";
export const PREFIX_ALLOWED_CALLBACK = "05";

export const requestKey = (requestId: bigint): Hex => PREFIX_REQUEST + bytesOfInt(requestId);
export const allowedCallbackKey = (contract: Hash160Le): Hex => PREFIX_ALLOWED_CALLBACK + contract;

/** The gateway's declared permission: the only callback methods it can dispatch to. */
export const CALLBACK_METHODS = ["onServiceCallback", "storeDrawRandomness", "onServiceCallbackHybrid"] as const;

/** Readers of the stored admin, updater and allowed-callback flag (admin(), updater(), isAllowedCallback()). */
export const admin = (ctx: CallContext): Hash160Le | null => readHash160(ctx.storage, PREFIX_ADMIN);
export const updater = (ctx: CallContext): Hash160Le | null => readHash160(ctx.storage, PREFIX_UPDATER);
export const isAllowedCallback = (ctx: CallContext, contract: Hash160Le | null): boolean =>
  contract !== null && readInt(ctx.storage, allowedCallbackKey(contract)) === 1n;
