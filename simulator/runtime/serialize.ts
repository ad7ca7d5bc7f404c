import type { StackItem } from "./stack-item.js";
import { bytesOfInt, intByteLength } from "./integer-bytes.js";
import type { Hex } from "./hex.js";

/** Type bytes of StdLib's binary format (spec README §3 "Binary serialization"). */
export const ItemType = {
  Any: 0x00, Boolean: 0x20, Integer: 0x21, ByteString: 0x28, Buffer: 0x30, Array: 0x40, Struct: 0x41, Map: 0x48,
} as const;

/** StdLib.serialize: one type byte, then its payload; lengths and counts as varint. */
export function serialize(item: StackItem): Hex {
  const out: string[] = [];
  write(item, out);
  return out.join("");
}

function write(item: StackItem, out: string[]): void {
  switch (item.type) {
    case "Any": out.push(byte(ItemType.Any)); return;
    case "Boolean": out.push(byte(ItemType.Boolean), item.value ? "01" : "00"); return;
    case "Integer": return varBytes(ItemType.Integer, bytesOfInt(item.value), out);
    case "ByteString": return varBytes(ItemType.ByteString, item.hex, out);
    case "Buffer": return varBytes(ItemType.Buffer, item.hex, out);
    case "Array":
    case "Struct":
      out.push(byte(item.type === "Array" ? ItemType.Array : ItemType.Struct), varint(item.items.length));
      for (const child of item.items) write(child, out);
      return;
    case "Map":
      out.push(byte(ItemType.Map), varint(item.entries.length));
      for (const [k, v] of item.entries) { write(k, out); write(v, out); }
      return;
    default:
      // InteropInterface and Pointer cannot be serialized; the VM faults the same way.
      throw new Error(`cannot serialize a ${item.type}`);
  }
}

/**
 * The length in bytes of `serialize(item)`, without building it (Runtime.Notify's size limit
 * is checked on every notification). The same cases and faults as `write`.
 */
export function serializedSize(item: StackItem): number {
  switch (item.type) {
    case "Any": return 1;
    case "Boolean": return 2;
    case "Integer": return sizedBytes(intByteLength(item.value));
    case "ByteString":
    case "Buffer": return sizedBytes(item.hex.length / 2);
    case "Array":
    case "Struct": {
      let size = 1 + varintSize(item.items.length);
      for (const child of item.items) size += serializedSize(child);
      return size;
    }
    case "Map": {
      let size = 1 + varintSize(item.entries.length);
      for (const [k, v] of item.entries) size += serializedSize(k) + serializedSize(v);
      return size;
    }
    default:
      throw new Error(`cannot serialize a ${item.type}`);
  }
}

const sizedBytes = (n: number): number => 1 + varintSize(n) + n;
const varintSize = (n: number): number => (n < 0xfd ? 1 : n <= 0xffff ? 3 : n <= 0xffffffff ? 5 : 9);

function varBytes(type: number, hex: Hex, out: string[]): void {
  out.push(byte(type), varint(hex.length / 2), hex);
}

/** varint(n): n < 0xFD in one byte, else FD/FE/FF and a 2/4/8-byte little-endian length. */
export function varint(n: number): Hex {
  if (n < 0xfd) return byte(n);
  const [tag, width] = n <= 0xffff ? ["fd", 2] : n <= 0xffffffff ? ["fe", 4] : ["ff", 8];
  const b = Buffer.alloc(width);
  b.writeUIntLE(n, 0, Math.min(width, 6));
  return tag + b.toString("hex");
}

const BYTE_HEX = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, "0"));

function byte(n: number): Hex {
  return BYTE_HEX[n]!;
}
