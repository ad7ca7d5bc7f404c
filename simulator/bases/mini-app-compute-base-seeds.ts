// Mirrors contracts/DevPack/MiniAppComputeBase.Seeds.cs: operation seeds at 22‖bytes(opId).
import { int } from "../runtime/args.js";
import type { CallContext } from "../runtime/call-context.js";
import { method, type ModelMethod } from "../runtime/contract-model.js";
import { H } from "../runtime/hash.js";
import type { Hash160Le } from "../runtime/hash160.js";
import { utf8Hex, type Hex } from "../runtime/hex.js";
import { bytesOfInt } from "../runtime/integer-bytes.js";
import { bytesItem } from "../runtime/items.js";
import { integerKey } from "./mini-app-base.js";

export const PREFIX_OPERATION_SEED = "22";

export const getOperationSeed = (ctx: CallContext, opId: bigint): Hex | undefined => ctx.storage.get(integerKey(PREFIX_OPERATION_SEED, opId));

/** seed = H(bytes(opId) ‖ h160(user) ‖ utf8(name) ‖ bytes(now) ‖ h160(executing)); 22‖bytes(opId) := seed. */
export function generateOperationSeed(ctx: CallContext, opId: bigint, user: Hash160Le, scriptName: string): Hex {
  const seed = operationSeed(opId, user, scriptName, ctx.now, ctx.executing);
  ctx.storage.put(integerKey(PREFIX_OPERATION_SEED, opId), seed);
  return seed;
}

/** The seed formula alone, for frontends and the TEE side of a test. */
export function operationSeed(opId: bigint, user: Hash160Le, scriptName: string, now: bigint, contract: Hash160Le): Hex {
  return H(bytesOfInt(opId) + user + utf8Hex(scriptName) + bytesOfInt(now) + contract);
}

export const deleteOperationSeed = (ctx: CallContext, opId: bigint): void => ctx.storage.delete(integerKey(PREFIX_OPERATION_SEED, opId));

export const SEED_METHODS: readonly ModelMethod[] = [
  method("getOperationSeed", [int], (ctx, opId) => bytesItem(getOperationSeed(ctx, opId)), { safe: true }),
];
