import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { u } from "@cityofzion/neon-core";
import { bytesOfInt, intOfBytes } from "./integer-bytes.js";

// Golden vectors: spec README §3 bytes(n), and NeoVM's BigInteger.ToByteArray for the rest.
const GOLDEN: [bigint, string][] = [
  [0n, ""], [1n, "01"], [127n, "7f"], [128n, "8000"], [255n, "ff00"], [256n, "0001"],
  [-1n, "ff"], [-128n, "80"], [-129n, "7fff"],
  [2n ** 255n - 1n, "ff".repeat(31) + "7f"],
  // A ms timestamp: 1798728070850 = 0x01A2_CC8C_36C2.
  [1798728070850n, "c2368ccca201"],
];

describe("bytes(n)", () => {
  it.each(GOLDEN)("%s ↔ %s", (n, hex) => {
    expect(bytesOfInt(n)).toBe(hex);
    expect(intOfBytes(hex)).toBe(n);
  });

  it("round-trips and is minimal for any 256-bit integer", () => {
    fc.assert(fc.property(fc.bigInt({ min: -(2n ** 255n), max: 2n ** 255n - 1n }), (n) => {
      const hex = bytesOfInt(n);
      expect(intOfBytes(hex)).toBe(n);
      // Minimal: dropping the last byte changes the value (or there is none).
      if (hex.length > 0) expect(intOfBytes(hex.slice(0, -2))).not.toBe(n);
      expect(hex.length / 2).toBeLessThanOrEqual(32);
    }));
  });

  it("agrees with neon-core's two's complement for every non-zero integer (neon-core writes 0 as 00)", () => {
    fc.assert(fc.property(fc.bigInt({ min: -(2n ** 255n), max: 2n ** 255n - 1n }).filter((n) => n !== 0n), (n) => {
      expect(bytesOfInt(n)).toBe(u.BigInteger.fromNumber(n.toString()).toReverseTwos());
    }));
  });
});
