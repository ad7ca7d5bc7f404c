import type { StackItem } from "../../simulator/runtime/stack-item.js";

/** A stack item as Neo's RPC server prints it (`StackItem.ToJson`): byte strings in base64. */
export interface StackItemJson {
  type: string;
  value?: unknown;
}

export function decodeStackItem(json: StackItemJson): StackItem {
  switch (json.type) {
    case "Any": return { type: "Any" };
    case "Boolean": return { type: "Boolean", value: json.value === true || json.value === "true" };
    case "Integer": return { type: "Integer", value: BigInt(json.value as string) };
    case "ByteString": return { type: "ByteString", hex: base64ToHex(json.value as string) };
    case "Buffer": return { type: "Buffer", hex: base64ToHex(json.value as string) };
    case "Array": return { type: "Array", items: (json.value as StackItemJson[]).map(decodeStackItem) };
    case "Struct": return { type: "Struct", items: (json.value as StackItemJson[]).map(decodeStackItem) };
    case "Map": return {
      type: "Map",
      entries: (json.value as { key: StackItemJson; value: StackItemJson }[]).map((e) => [decodeStackItem(e.key), decodeStackItem(e.value)] as const),
    };
    case "InteropInterface": return { type: "InteropInterface" };
    case "Pointer": return { type: "Pointer", position: Number(json.value) };
    default: throw new Error(`unknown stack item type ${json.type}`);
  }
}

function base64ToHex(b64: string): string {
  return Buffer.from(b64 ?? "", "base64").toString("hex");
}
