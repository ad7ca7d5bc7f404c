import { describe, expect, it } from "vitest";
import { outcomeDiff } from "./outcome-diff.js";
import { storageDiff } from "./storage-diff.js";
import { array, boolean, byteString, integer, struct, Null, type StackItem } from "../../simulator/runtime/stack-item.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";

const halt = (stack: StackItem[], notifications: { contract: string; eventName: string; args: StackItem[] }[] = []): Outcome =>
  ({ state: "HALT", time: 1n, stack, notifications });
const fault = (message?: string): Outcome & { state: "FAULT" } =>
  ({ state: "FAULT", time: 1n, exception: message ? `An unhandled exception was thrown. ${message}` : "ASSERT is executed with false result.", ...(message ? { message } : {}) });
const GAS = "0xd2a4cff31913016155e38e474a2c06d08be276cf";

describe("outcomeDiff (G1–G3)", () => {
  it("is empty for equal outcomes, and treats a returned Struct like an Array", () => {
    expect(outcomeDiff(halt([array([integer(1)])]), halt([struct([integer(1)])]))).toEqual([]);
    expect(outcomeDiff(fault("min 1 key"), fault("min 1 key"))).toEqual([]);
    expect(outcomeDiff(fault(), { ...fault(), exception: "Insufficient GAS." })).toEqual([]);
  });

  it("names the first field that differs, both values side by side", () => {
    expect(outcomeDiff(halt([integer(1)]), fault("cost mismatch"))).toEqual([{ kind: "value-mismatch", field: "state", model: "HALT 1", chain: "FAULT cost mismatch" }]);
    expect(outcomeDiff(fault("round not ended"), fault("no active round"))).toEqual([{ kind: "value-mismatch", field: "message", model: "round not ended", chain: "no active round" }]);
    expect(outcomeDiff(halt([boolean(true)]), halt([integer(1)]))[0]).toMatchObject({ field: "stack[0]", model: "Boolean true", chain: "Integer 1" });
    expect(outcomeDiff(halt([byteString("01")]), halt([{ type: "Buffer", hex: "01" }]))[0]).toMatchObject({ field: "stack[0]" });
  });

  it("classifies missing notifications and compares their arguments", () => {
    const ev = (n: number) => ({ contract: "0x01", eventName: "KeysPurchased", args: [integer(n)] });
    expect(outcomeDiff(halt([Null], [ev(1), ev(2)]), halt([Null], [ev(1)]))).toEqual([{ kind: "missing-on-chain", field: "notifications[1]", model: "KeysPurchased(2) @0x01" }]);
    expect(outcomeDiff(halt([Null], []), halt([Null], [ev(1)]))[0]).toMatchObject({ kind: "missing-in-model" });
    expect(outcomeDiff(halt([Null], [ev(1)]), halt([Null], [ev(3)]))[0]).toMatchObject({ field: "notifications[0].args[0]", model: "Integer 1", chain: "Integer 3" });
  });

  it("ignores fee burns and NEO's GAS mints on either side (G3)", () => {
    const mint = { contract: GAS, eventName: "Transfer", args: [Null, byteString("aa".repeat(20)), integer(5)] };
    const transfer = { contract: GAS, eventName: "Transfer", args: [byteString("bb".repeat(20)), byteString("aa".repeat(20)), integer(5)] };
    expect(outcomeDiff(halt([Null], [transfer]), halt([Null], [mint, transfer]))).toEqual([]);
    expect(outcomeDiff(halt([Null], []), halt([Null], [transfer]))).toHaveLength(1);
  });
});

describe("storageDiff (G4)", () => {
  it("reports every key that differs, grouped by prefix byte, classified", () => {
    const d = storageDiff("0xapp", [{ keyHex: "40", valueHex: "01" }, { keyHex: "4101", valueHex: "41" }], [{ keyHex: "40", valueHex: "02" }, { keyHex: "43", valueHex: "" }]);
    expect(d).toEqual([
      { kind: "value-mismatch", field: "storage(0xapp)[40|]", model: "0x01", chain: "0x02" },
      { kind: "missing-on-chain", field: "storage(0xapp)[41|01]", model: "0x41" },
      { kind: "missing-in-model", field: "storage(0xapp)[43|]", chain: "0x" },
    ]);
  });
});
