import { displayOf, hash160FromDisplay, type Hash160Le } from "../runtime/hash160.js";
import type { Hex } from "../runtime/hex.js";

/**
 * JSON inside `input` and `result` of compute-verified (platform.md §5): integers are decimal
 * strings (amounts may exceed 2^53), byte strings lowercase hex without 0x, addresses 0x… display
 * hex, booleans JSON booleans.
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;
export interface JsonObject { readonly [key: string]: JsonValue }

/** An integer as a JSON decimal string. */
export const jsonInt = (v: bigint): string => v.toString();
/** A byte string as lowercase hex without 0x. */
export const jsonBytes = (hex: Hex): string => hex.toLowerCase();
/** An address as 0x… display hex (big-endian). */
export const jsonAddress = (h: Hash160Le): string => displayOf(h);

/** Reads `obj[key]` as a decimal-string integer; anything else is a malformed request. */
export function intOf(obj: JsonObject, key: string): bigint {
  const v = obj[key];
  if (typeof v !== "string" || !/^-?[0-9]+$/.test(v)) throw new Error(`input.${key} is not a decimal-string integer`);
  return BigInt(v);
}

export function bytesOf(obj: JsonObject, key: string): Hex {
  const v = obj[key];
  if (typeof v !== "string" || !/^([0-9a-f]{2})*$/.test(v)) throw new Error(`input.${key} is not lowercase hex`);
  return v;
}

export function addressOf(obj: JsonObject, key: string): Hash160Le {
  const v = obj[key];
  if (typeof v !== "string") throw new Error(`input.${key} is not a 0x… address`);
  return hash160FromDisplay(v);
}
