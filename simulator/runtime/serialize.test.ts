import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { deserialize } from "./deserialize.js";
import { serialize, serializedSize, varint } from "./serialize.js";
import type { StackItem } from "./stack-item.js";

const int = (value: bigint): StackItem => ({ type: "Integer", value });
const bs = (hex: string): StackItem => ({ type: "ByteString", hex });

describe("StdLib binary serialization (spec README §3)", () => {
  it("encodes each item type as the table says", () => {
    expect(serialize({ type: "Any" })).toBe("00");
    expect(serialize({ type: "Boolean", value: true })).toBe("2001");
    expect(serialize({ type: "Boolean", value: false })).toBe("2000");
    expect(serialize(int(0n))).toBe("2100");
    expect(serialize(int(-1n))).toBe("2101ff");
    expect(serialize(int(128n))).toBe("21028000");
    expect(serialize(bs(""))).toBe("2800");
    expect(serialize({ type: "Buffer", hex: "ab" })).toBe("3001ab");
    expect(serialize({ type: "Array", items: [] })).toBe("4000");
    expect(serialize({ type: "Map", entries: [[bs("61"), int(1n)]] })).toBe("48012801612101" + "01");
  });

  it("encodes a record as a Struct: DoomsdayClock-like Round [id, endTime, pot, winner, settled]", () => {
    const winner = "11".repeat(20);
    const round: StackItem = { type: "Struct", items: [int(1n), int(1798728070850n), int(0n), bs(winner), { type: "Boolean", value: false }] };
    expect(serialize(round)).toBe("4105" + "210101" + "2106c2368ccca201" + "2100" + "2814" + winner + "2000");
  });

  it("uses varint lengths of 1, 3, 5 bytes", () => {
    expect(varint(0xfc)).toBe("fc");
    expect(varint(0xfd)).toBe("fdfd00");
    expect(varint(0x10000)).toBe("fe00000100");
    expect(serialize(bs("00".repeat(300))).slice(0, 8)).toBe("28fd2c01");
    expect(serializedSize(bs("00".repeat(0x10000)))).toBe(1 + 5 + 0x10000);
  });

  it("deserializes what it serializes, Struct ≠ Array and ByteString ≠ Buffer kept", () => {
    const leaf: fc.Arbitrary<StackItem> = fc.oneof(
      fc.constant<StackItem>({ type: "Any" }),
      fc.boolean().map((value): StackItem => ({ type: "Boolean", value })),
      fc.bigInt({ min: -(2n ** 255n), max: 2n ** 255n - 1n }).map(int),
      fc.uint8Array({ maxLength: 300 }).map((b) => bs(Buffer.from(b).toString("hex"))),
      fc.uint8Array({ maxLength: 8 }).map((b): StackItem => ({ type: "Buffer", hex: Buffer.from(b).toString("hex") })),
    );
    const item = fc.letrec<{ item: StackItem }>((tie) => ({
      item: fc.oneof({ depthSize: "small", withCrossShrink: true },
        leaf,
        fc.array(tie("item"), { maxLength: 4 }).map((items): StackItem => ({ type: "Array", items })),
        fc.array(tie("item"), { maxLength: 4 }).map((items): StackItem => ({ type: "Struct", items })),
        fc.array(fc.tuple(leaf, tie("item")), { maxLength: 3 }).map((entries): StackItem => ({ type: "Map", entries }))),
    })).item;
    fc.assert(fc.property(item, (x) => {
      expect(deserialize(serialize(x))).toEqual(x);
      // The notification size limit is checked with serializedSize: the exact length in bytes.
      expect(serializedSize(x)).toBe(serialize(x).length / 2);
    }));
  });

  it("rejects trailing bytes and unknown types", () => {
    expect(() => deserialize("21010000")).toThrow();
    expect(() => deserialize("99")).toThrow();
  });
});
