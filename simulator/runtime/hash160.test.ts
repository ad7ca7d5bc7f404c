import { describe, expect, it } from "vitest";
import { displayOf, hash160FromDisplay, hash160Le, ZERO_HASH160 } from "./hash160.js";

describe("Hash160Le ↔ display form", () => {
  it("reverses the byte order", () => {
    const gas = hash160FromDisplay("0xd2a4cff31913016155e38e474a2c06d08be276cf");
    expect(gas).toBe("cf76e28bd0062c4a478ee35561011319f3cfa4d2");
    expect(displayOf(gas)).toBe("0xd2a4cff31913016155e38e474a2c06d08be276cf");
    expect(hash160FromDisplay("D2A4CFF31913016155E38E474A2C06D08BE276CF")).toBe(gas);
  });

  it("accepts only 20 bytes", () => {
    expect(ZERO_HASH160).toHaveLength(40);
    expect(() => hash160Le("00")).toThrow();
    expect(() => hash160FromDisplay("0x1234")).toThrow();
  });
});
