import { vmFault } from "./fault.js";
import { isHash160Le, type Hash160Le } from "./hash160.js";
import { stringOfUtf8Hex, type Hex } from "./hex.js";
import { intOfBytes } from "./integer-bytes.js";
import type { StackItem } from "./stack-item.js";

/**
 * Argument decoders: what a C# parameter of each ABI type makes of the stack item the VM hands
 * over (spec README §2). Items outside the generator domain (README §7: null strings, non-20-byte
 * hashes) fault without a thrown message, as the VM does.
 */
export type Decoder<T> = (item: StackItem) => T;

export const int: Decoder<bigint> = (item) => {
  if (item.type === "Integer") return item.value;
  if (item.type === "Boolean") return item.value ? 1n : 0n;
  if ((item.type === "ByteString" || item.type === "Buffer") && item.hex.length <= 64) return intOfBytes(item.hex);
  return vmFault(`cannot convert ${item.type} to Integer`);
};

export const bool: Decoder<boolean> = (item) => {
  if (item.type === "Boolean") return item.value;
  if (item.type === "Integer") return item.value !== 0n;
  return vmFault(`cannot convert ${item.type} to Boolean`);
};

/** A ByteArray parameter: the raw bytes; null faults (README §7). */
export const bytes: Decoder<Hex> = (item) => {
  if (item.type === "ByteString" || item.type === "Buffer") return item.hex;
  return vmFault(`a ByteArray argument is ${item.type}`);
};

/** A ByteArray parameter that a contract explicitly accepts as null (payload, result). */
export const optBytes: Decoder<Hex | null> = (item) => (item.type === "Any" ? null : bytes(item));

/** A String parameter (strict UTF-8; lengths are taken in bytes, as SIZE does). */
export const string: Decoder<string> = (item) => {
  const s = item.type === "ByteString" || item.type === "Buffer" ? stringOfUtf8Hex(item.hex) : undefined;
  return s ?? vmFault(`a String argument is not strict UTF-8 bytes (${item.type})`);
};

/** A String parameter that the contract explicitly accepts as null (the gateway's error). */
export const optString: Decoder<string | null> = (item) => (item.type === "Any" ? null : string(item));

/** A Hash160 parameter: 20 bytes; null is kept (ValidateAddress answers "invalid address"). */
export const hash160: Decoder<Hash160Le | null> = (item) => {
  if (item.type === "Any") return null;
  if (item.type === "ByteString" && isHash160Le(item.hex)) return item.hex;
  return vmFault(`a Hash160 argument is not 20 bytes`);
};

export const any: Decoder<StackItem> = (item) => item;

export const array: Decoder<readonly StackItem[]> = (item) => {
  if (item.type === "Array" || item.type === "Struct") return item.items;
  return vmFault(`an Array argument is ${item.type}`);
};
