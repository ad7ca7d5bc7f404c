import { vmFault } from "./fault.js";
import { isHash160Le, type Hash160Le } from "./hash160.js";
import type { Hex } from "./hex.js";
import type { StackItem } from "./stack-item.js";

/**
 * Field access on a record read from storage or returned by a call, as a C# cast of `r[i]` does
 * it. A field of the wrong type faults like the VM's conversion would.
 */
export function fieldItems(record: StackItem): readonly StackItem[] {
  if (record.type === "Struct" || record.type === "Array") return record.items;
  return vmFault(`not a record: ${record.type}`);
}

export function field(record: StackItem, index: number): StackItem {
  return fieldItems(record)[index] ?? vmFault(`record index ${index} out of range`);
}

export function intField(record: StackItem, index: number): bigint {
  const item = field(record, index);
  if (item.type === "Integer") return item.value;
  if (item.type === "Boolean") return item.value ? 1n : 0n;
  return vmFault(`field ${index} is ${item.type}, not Integer`);
}

export function boolField(record: StackItem, index: number): boolean {
  const item = field(record, index);
  if (item.type === "Boolean") return item.value;
  if (item.type === "Integer") return item.value !== 0n;
  return vmFault(`field ${index} is ${item.type}, not Boolean`);
}

export function bytesField(record: StackItem, index: number): Hex {
  const item = field(record, index);
  if (item.type === "ByteString" || item.type === "Buffer") return item.hex;
  return vmFault(`field ${index} is ${item.type}, not a byte string`);
}

export function hash160Field(record: StackItem, index: number): Hash160Le {
  const hex = bytesField(record, index);
  return isHash160Le(hex) ? hex : vmFault(`field ${index} is not a UInt160`);
}

/** Replaces field `index`, keeping the record's type (Struct stays Struct). */
export function withField(record: StackItem, index: number, value: StackItem): StackItem {
  const items = [...fieldItems(record)];
  items[index] = value;
  return record.type === "Struct" ? { type: "Struct", items } : { type: "Array", items };
}
