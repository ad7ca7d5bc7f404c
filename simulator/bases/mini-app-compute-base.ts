// Mirrors contracts/DevPack/MiniAppComputeBase.cs: the script registry on keys 20, 21, 23, 24 and
// ValidateScriptHash (= VSH), devpack.md §5. Operation seeds (key 22) in mini-app-compute-base-seeds.ts.
import { bytes, string } from "../runtime/args.js";
import type { CallContext } from "../runtime/call-context.js";
import { method, type ModelMethod } from "../runtime/contract-model.js";
import { check } from "../runtime/fault.js";
import { byteLength, utf8Hex, type Hex } from "../runtime/hex.js";
import { boolItem, bytesItem, intItem, stringItem } from "../runtime/items.js";
import type { StackItem } from "../runtime/stack-item.js";
import { readInt, writeInt } from "../runtime/storage-values.js";
import { validateAdmin } from "./mini-app-base-validation.js";
import { MINI_APP_SERVICE_BASE_METHODS } from "./mini-app-service-base.js";
import { SEED_METHODS } from "./mini-app-compute-base-seeds.js";

export const PREFIX_SCRIPT_NAME = "20";
export const PREFIX_SCRIPT_HASH = "21";
export const PREFIX_SCRIPT_VERSION = "23";
export const PREFIX_SCRIPT_ENABLED = "24";
export const SCRIPT_HASH_LENGTH = 32;
/** Keys 21/23/24‖utf8(name) stay within 64 bytes. */
export const MAX_SCRIPT_NAME_LENGTH = 63;

export const getScriptHash = (ctx: CallContext, name: string): Hex | undefined => ctx.storage.get(PREFIX_SCRIPT_HASH + utf8Hex(name));
/** The name bytes stored for a hash (a String return: the raw ByteString). */
export const getScriptName = (ctx: CallContext, hash: Hex): Hex | undefined => ctx.storage.get(PREFIX_SCRIPT_NAME + hash);
export const isScriptEnabled = (ctx: CallContext, name: string): boolean => readInt(ctx.storage, PREFIX_SCRIPT_ENABLED + utf8Hex(name)) === 1n;
export const getScriptVersion = (ctx: CallContext, name: string): bigint => readInt(ctx.storage, PREFIX_SCRIPT_VERSION + utf8Hex(name));

export function registerScript(ctx: CallContext, name: string, hash: Hex): void {
  validateAdmin(ctx);
  const nameHex = utf8Hex(name);
  check(byteLength(nameHex) >= 1 && byteLength(nameHex) <= MAX_SCRIPT_NAME_LENGTH, "invalid script name");
  check(byteLength(hash) === SCRIPT_HASH_LENGTH, "script hash must be 32 bytes");
  const holder = getScriptName(ctx, hash);
  check(holder === undefined || holder === nameHex, "script hash in use");
  const old = getScriptHash(ctx, name);
  if (old !== undefined && old !== hash) ctx.storage.delete(PREFIX_SCRIPT_NAME + old);
  const version = getScriptVersion(ctx, name) + 1n;
  ctx.storage.put(PREFIX_SCRIPT_HASH + nameHex, hash);
  ctx.storage.put(PREFIX_SCRIPT_NAME + hash, nameHex);
  writeInt(ctx.storage, PREFIX_SCRIPT_VERSION + nameHex, version);
  writeInt(ctx.storage, PREFIX_SCRIPT_ENABLED + nameHex, 1n);
  ctx.notify("ScriptRegistered", [stringItem(name), bytesItem(hash), intItem(version)]);
}

function setEnabled(enabled: boolean, event: string) {
  return (ctx: CallContext, name: string): void => {
    validateAdmin(ctx);
    const hash = getScriptHash(ctx, name);
    check(hash !== undefined, "script not registered");
    writeInt(ctx.storage, PREFIX_SCRIPT_ENABLED + utf8Hex(name), enabled ? 1n : 0n);
    ctx.notify(event, [stringItem(name), bytesItem(hash)]);
  };
}

/** {exists: false}, or {exists: true, name, hash, version, enabled} in this order. */
export function getScriptInfo(ctx: CallContext, name: string): StackItem {
  const hash = getScriptHash(ctx, name);
  if (hash === undefined) return { type: "Map", entries: [[stringItem("exists"), boolItem(false)]] };
  return { type: "Map", entries: [
    [stringItem("exists"), boolItem(true)],
    [stringItem("name"), stringItem(name)],
    [stringItem("hash"), bytesItem(hash)],
    [stringItem("version"), intItem(getScriptVersion(ctx, name))],
    [stringItem("enabled"), boolItem(isScriptEnabled(ctx, name))],
  ] };
}

/** VSH(name): registered → enabled → provided == registered hash. */
export function validateScriptHash(ctx: CallContext, name: string, provided: Hex): void {
  const hash = getScriptHash(ctx, name);
  check(hash !== undefined, "script not registered");
  check(isScriptEnabled(ctx, name), "script disabled");
  check(provided === hash, "script hash mismatch");
}

function isScriptValid(ctx: CallContext, hash: Hex): boolean {
  const name = getScriptName(ctx, hash);
  if (name === undefined) return false;
  return readInt(ctx.storage, PREFIX_SCRIPT_ENABLED + name) === 1n;
}

/** MiniAppComputeBase's public ABI, inherited ones included. */
export const MINI_APP_COMPUTE_BASE_METHODS: readonly ModelMethod[] = [
  ...MINI_APP_SERVICE_BASE_METHODS,
  method("registerScript", [string, bytes], registerScript),
  method("enableScript", [string], setEnabled(true, "ScriptEnabled")),
  method("disableScript", [string], setEnabled(false, "ScriptDisabled")),
  method("getScriptHash", [string], (ctx, name) => bytesItem(getScriptHash(ctx, name)), { safe: true }),
  method("getScriptName", [bytes], (ctx, hash) => bytesItem(getScriptName(ctx, hash)), { safe: true }),
  method("isScriptValid", [bytes], (ctx, hash) => boolItem(isScriptValid(ctx, hash)), { safe: true }),
  method("isScriptEnabled", [string], (ctx, name) => boolItem(isScriptEnabled(ctx, name)), { safe: true }),
  method("getScriptVersion", [string], (ctx, name) => intItem(getScriptVersion(ctx, name)), { safe: true }),
  method("getScriptInfo", [string], getScriptInfo, { safe: true }),
  ...SEED_METHODS,
];
