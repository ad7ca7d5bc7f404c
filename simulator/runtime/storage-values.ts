import type { StorageView } from "./call-context.js";
import { deserialize } from "./deserialize.js";
import { vmFault } from "./fault.js";
import { isHash160Le, type Hash160Le } from "./hash160.js";
import type { Hex } from "./hex.js";
import { bytesOfInt, intOfBytes } from "./integer-bytes.js";
import { serialize } from "./serialize.js";
import type { StackItem } from "./stack-item.js";

/**
 * Typed reads and writes of storage values (spec README §3 "Storage values"): integers as
 * bytes(v) (absent → 0, `:= 0` stores the empty value), addresses as h160, records serialized.
 */
export function readInt(storage: StorageView, key: Hex): bigint {
  return intOfBytes(storage.get(key) ?? "");
}

export function writeInt(storage: StorageView, key: Hex, value: bigint): void {
  storage.put(key, bytesOfInt(value));
}

/** `(UInt160)Storage.Get(key)`: null when absent. */
export function readHash160(storage: StorageView, key: Hex): Hash160Le | null {
  const value = storage.get(key);
  if (value === undefined) return null;
  return isHash160Le(value) ? value : vmFault("stored value is not a UInt160");
}

/** `StdLib.Deserialize(Storage.Get(key))`: null when absent. */
export function readRecord(storage: StorageView, key: Hex): StackItem | null {
  const value = storage.get(key);
  return value === undefined ? null : deserialize(value);
}

export function writeRecord(storage: StorageView, key: Hex, record: StackItem): void {
  storage.put(key, serialize(record));
}
