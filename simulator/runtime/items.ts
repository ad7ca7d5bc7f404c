import type { Hash160Le } from "./hash160.js";
import type { Hex } from "./hex.js";
import { utf8Hex } from "./hex.js";
import type { StackItem } from "./stack-item.js";

/**
 * Stack items of the values contracts return and emit (spec README §3 rule 5): Hash160 → 20-byte
 * ByteString, String → ByteString of its UTF-8, ByteArray → ByteString; null → Any.
 */
export const Any: StackItem = { type: "Any" };

export const intItem = (value: bigint): StackItem => ({ type: "Integer", value });
export const boolItem = (value: boolean): StackItem => ({ type: "Boolean", value });
export const bytesItem = (hex: Hex | null | undefined): StackItem => (hex == null ? Any : { type: "ByteString", hex });
export const stringItem = (s: string | null | undefined): StackItem => (s == null ? Any : { type: "ByteString", hex: utf8Hex(s) });
export const hash160Item = (h: Hash160Le | null | undefined): StackItem => bytesItem(h);
export const arrayItem = (items: readonly StackItem[]): StackItem => ({ type: "Array", items });
export const structItem = (items: readonly StackItem[]): StackItem => ({ type: "Struct", items });

/** Neo's Equals of two ByteString-like items as a contract compares them (`==` on ByteString). */
export function sameBytes(item: StackItem | undefined, hex: Hex): boolean {
  return item !== undefined && (item.type === "ByteString" || item.type === "Buffer") && item.hex === hex;
}
