import type { StackItem } from "./stack-item.js";
import { intOfBytes } from "./integer-bytes.js";
import type { Hex } from "./hex.js";
import { ItemType } from "./serialize.js";

/**
 * StdLib.deserialize: the inverse of serialize. A record read from storage comes back as the
 * Struct it was written as; ByteStrings stay ByteStrings (spec README §3 rules 3, 4).
 */
export function deserialize(hex: Hex): StackItem {
  const known = recent.get(hex);
  if (known) return known;
  const reader = { hex, pos: 0 };
  const item = read(reader);
  if (reader.pos !== hex.length) throw new Error("trailing bytes after a serialized item");
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(hex, item);
  return item;
}

/**
 * Items recently deserialized, by their bytes: a record is read several times per transaction
 * (and again by the next). Stack items are immutable (readonly throughout), so one may be shared.
 */
const recent = new Map<Hex, StackItem>();
const RECENT_LIMIT = 4096;

interface Reader { readonly hex: Hex; pos: number }

function take(r: Reader, n: number): Hex {
  if (r.pos + 2 * n > r.hex.length) throw new Error("serialized item ends early");
  const s = r.hex.slice(r.pos, r.pos + 2 * n);
  r.pos += 2 * n;
  return s;
}

function readByte(r: Reader): number {
  if (r.pos + 2 > r.hex.length) throw new Error("serialized item ends early");
  const n = parseInt(r.hex.substr(r.pos, 2), 16);
  r.pos += 2;
  return n;
}

function readVarint(r: Reader): number {
  const first = readByte(r);
  const width = first === 0xfd ? 2 : first === 0xfe ? 4 : first === 0xff ? 8 : 0;
  if (width === 0) return first;
  return Number(intOfBytes(take(r, width) + "00"));
}

function read(r: Reader): StackItem {
  const type = readByte(r);
  switch (type) {
    case ItemType.Any: return { type: "Any" };
    case ItemType.Boolean: return { type: "Boolean", value: take(r, 1) !== "00" };
    case ItemType.Integer: return { type: "Integer", value: intOfBytes(take(r, readVarint(r))) };
    case ItemType.ByteString: return { type: "ByteString", hex: take(r, readVarint(r)) };
    case ItemType.Buffer: return { type: "Buffer", hex: take(r, readVarint(r)) };
    case ItemType.Array:
    case ItemType.Struct: {
      const count = readVarint(r);
      const items: StackItem[] = [];
      for (let i = 0; i < count; i++) items.push(read(r));
      return { type: type === ItemType.Array ? "Array" : "Struct", items };
    }
    case ItemType.Map: {
      const count = readVarint(r);
      const entries: (readonly [StackItem, StackItem])[] = [];
      for (let i = 0; i < count; i++) entries.push([read(r), read(r)] as const);
      return { type: "Map", entries };
    }
    default: throw new Error(`unknown stack item type 0x${type.toString(16)}`);
  }
}
