/**
 * A NeoVM stack item as both sides produce it: the chain driver decodes it from RPC JSON, the
 * model builds it directly. Byte strings are lowercase hex in the order the VM holds them, so
 * two items compare with deep equality. ByteString and Buffer stay apart (spec README §3 rule 3),
 * so do Array and Struct (G4 strict; G1 treats them alike through `sameReturn`).
 */
export type StackItem =
  | { readonly type: "Any" }
  | { readonly type: "Boolean"; readonly value: boolean }
  | { readonly type: "Integer"; readonly value: bigint }
  | { readonly type: "ByteString"; readonly hex: string }
  | { readonly type: "Buffer"; readonly hex: string }
  | { readonly type: "Array"; readonly items: readonly StackItem[] }
  | { readonly type: "Struct"; readonly items: readonly StackItem[] }
  | { readonly type: "Map"; readonly entries: readonly (readonly [StackItem, StackItem])[] }
  | { readonly type: "InteropInterface" }
  | { readonly type: "Pointer"; readonly position: number };

export const Null: StackItem = { type: "Any" };
export const integer = (value: bigint | number): StackItem => ({ type: "Integer", value: BigInt(value) });
export const boolean = (value: boolean): StackItem => ({ type: "Boolean", value });
export const byteString = (hex: string): StackItem => ({ type: "ByteString", hex: hex.toLowerCase() });
export const utf8String = (s: string): StackItem => byteString(Buffer.from(s, "utf8").toString("hex"));
export const array = (items: readonly StackItem[]): StackItem => ({ type: "Array", items });
export const struct = (items: readonly StackItem[]): StackItem => ({ type: "Struct", items });

/** Readable one-line form for reports and mismatch messages. */
export function showStackItem(item: StackItem): string {
  switch (item.type) {
    case "Any": return "null";
    case "Boolean": return String(item.value);
    case "Integer": return item.value.toString();
    case "ByteString": return `0x${item.hex}${printable(item.hex)}`;
    case "Buffer": return `Buffer(0x${item.hex})`;
    case "Array": return `[${item.items.map(showStackItem).join(", ")}]`;
    case "Struct": return `Struct[${item.items.map(showStackItem).join(", ")}]`;
    case "Map": return `{${item.entries.map(([k, v]) => `${showStackItem(k)}: ${showStackItem(v)}`).join(", ")}}`;
    case "InteropInterface": return "InteropInterface";
    case "Pointer": return `Pointer(${item.position})`;
  }
}

function printable(hex: string): string {
  if (hex.length === 0) return "";
  const text = Buffer.from(hex, "hex").toString("utf8");
  return /^[\x20-\x7e]+$/.test(text) ? ` ("${text}")` : "";
}
