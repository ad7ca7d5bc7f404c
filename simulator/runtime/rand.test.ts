import { describe, expect, it } from "vitest";
import { beN, rand } from "./rand.js";
import { H } from "./hash.js";
import { utf8Hex } from "./hex.js";

describe("rand and beN (spec README §4)", () => {
  it("rand reads the first 31 bytes little-endian and ignores byte 31", () => {
    const h = "01" + "00".repeat(29) + "80" + "ff";
    expect(rand(h)).toBe(1n + 0x80n * 256n ** 30n);
    expect(rand("ff".repeat(32))).toBe(256n ** 31n - 1n);
  });

  it("beN reads the first k bytes big-endian", () => {
    const h = "0102030405060708090a";
    expect(beN(h, 0)).toBe(0n);
    expect(beN(h, 1)).toBe(1n);
    expect(beN(h, 2)).toBe(0x0102n);
    expect(beN(h, 8)).toBe(0x0102030405060708n);
    expect(() => beN(h, 9)).toThrow();
  });

  it("H is SHA-256", () => {
    expect(H(utf8Hex("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(H("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
