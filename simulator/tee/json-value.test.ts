import { describe, expect, it } from "vitest";
import { hash160FromDisplay } from "../runtime/hash160.js";
import { addressOf, bytesOf, intOf, jsonAddress, jsonBytes, jsonInt } from "./json-value.js";

describe("compute-verified JSON values (platform.md §5)", () => {
  it("integers are decimal strings beyond 2^53, bytes lowercase hex, addresses 0x display", () => {
    const big = 2n ** 64n + 1n;
    const gas = hash160FromDisplay("0xd2a4cff31913016155e38e474a2c06d08be276cf");
    const obj = { n: jsonInt(big), b: jsonBytes("ABCD"), a: jsonAddress(gas) };
    expect(obj).toEqual({ n: "18446744073709551617", b: "abcd", a: "0xd2a4cff31913016155e38e474a2c06d08be276cf" });
    expect(intOf(obj, "n")).toBe(big);
    expect(bytesOf(obj, "b")).toBe("abcd");
    expect(addressOf(obj, "a")).toBe(gas);
    expect(() => intOf({ n: 5 }, "n")).toThrow();
    expect(() => bytesOf({ b: "0xab" }, "b")).toThrow();
  });
});
