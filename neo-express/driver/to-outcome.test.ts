import { describe, expect, it } from "vitest";
import { toOutcome } from "./to-outcome.js";

describe("toOutcome", () => {
  it("decodes a HALT with typed stack items and notifications, keeping ByteString, Buffer, Array and Struct apart", () => {
    const o = toOutcome({
      state: "HALT", exception: null, gasconsumed: "1234",
      stack: [{ type: "Array", value: [
        { type: "Integer", value: "-5" }, { type: "ByteString", value: "AQI=" }, { type: "Buffer", value: "AQI=" },
        { type: "Struct", value: [{ type: "Boolean", value: false }] }, { type: "Any" },
        { type: "Map", value: [{ key: { type: "ByteString", value: "YQ==" }, value: { type: "Integer", value: "1" } }] },
      ] }],
      notifications: [{ contract: "0xabc", eventname: "Ping", state: { type: "Array", value: [{ type: "Integer", value: "7" }] } }],
    }, 99n);
    expect(o).toEqual({
      state: "HALT", time: 99n, gasConsumed: 1234n,
      stack: [{ type: "Array", items: [
        { type: "Integer", value: -5n }, { type: "ByteString", hex: "0102" }, { type: "Buffer", hex: "0102" },
        { type: "Struct", items: [{ type: "Boolean", value: false }] }, { type: "Any" },
        { type: "Map", entries: [[{ type: "ByteString", hex: "61" }, { type: "Integer", value: 1n }]] },
      ] }],
      notifications: [{ contract: "0xabc", eventName: "Ping", args: [{ type: "Integer", value: 7n }] }],
    });
  });

  it("takes the thrown message out of a FAULT, and leaves VM faults without one", () => {
    expect(toOutcome({ state: "FAULT", exception: "An unhandled exception was thrown. min 1 key", gasconsumed: "1", stack: [], notifications: [] }, 5n))
      .toEqual({ state: "FAULT", time: 5n, gasConsumed: 1n, exception: "An unhandled exception was thrown. min 1 key", message: "min 1 key" });
    expect(toOutcome({ vmstate: "FAULT", exception: "ASSERT is executed with false result.", gasconsumed: "1", stack: [], notifications: [] }, 5n))
      .toEqual({ state: "FAULT", time: 5n, gasConsumed: 1n, exception: "ASSERT is executed with false result." });
  });
});
