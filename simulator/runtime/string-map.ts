import { stringItem } from "./items.js";
import type { StackItem } from "./stack-item.js";

/** A Map with String keys in the given order, as a contract's `Map<string, object>` getter builds it. */
export function stringMapItem(entries: readonly (readonly [string, StackItem])[]): StackItem {
  return { type: "Map", entries: entries.map(([k, v]) => [stringItem(k), v] as const) };
}

/**
 * Reads a getter's `Map<string, object>` (either side's Outcome stack item) as a frontend does:
 * values by key, each required to have the type the frontend expects.
 */
export function readStringMap(item: StackItem, what: string) {
  if (item.type !== "Map") throw new Error(`${what} returned ${item.type}, not a Map`);
  const values = new Map<string, StackItem>();
  for (const [k, v] of item.entries) {
    if (k.type === "ByteString") values.set(Buffer.from(k.hex, "hex").toString("utf8"), v);
  }
  return {
    int(key: string): bigint {
      const v = values.get(key);
      if (v?.type !== "Integer") throw new Error(`${what}: ${key} is ${v?.type ?? "missing"}`);
      return v.value;
    },
    bool(key: string): boolean {
      const v = values.get(key);
      return v?.type === "Boolean" && v.value;
    },
    bytes(key: string): string {
      const v = values.get(key);
      return v?.type === "ByteString" ? v.hex : "";
    },
  };
}
