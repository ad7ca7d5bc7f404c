import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bytesOfHex } from "../../runtime/hex.js";
import { jsonInt } from "../../tee/json-value.js";
import { MAX_PACKETS, MIN_PACKET } from "./constants.js";
import { distribution, nextPacket } from "./distribution.js";
import { DISTRIBUTE_PACKETS } from "./tee-script.js";

const seed = fc.uint8Array({ minLength: 0, maxLength: 40 }).map((b) => Buffer.from(b).toString("hex"));
const shape = fc.integer({ min: 1, max: Number(MAX_PACKETS) }).chain((n) =>
  fc.tuple(fc.constant(BigInt(n)), fc.oneof(fc.constant(BigInt(n) * MIN_PACKET), fc.bigInt({ min: BigInt(n) * MIN_PACKET, max: 100_000_000_000n }))));

describe("RedEnvelope distribution", () => {
  it("RE-P1 in the model: Σ D = T, each ≥ MIN_PACKET, len = n; the TEE fn returns D", () => {
    fc.assert(fc.property(seed, shape, (s, [n, total]) => {
      const d = distribution(s, total, n);
      expect(d).toHaveLength(Number(n));
      expect(d.reduce((a, b) => a + b, 0n)).toBe(total);
      for (const a of d) expect(a >= MIN_PACKET).toBe(true);
      expect(DISTRIBUTE_PACKETS.fn(bytesOfHex(s), { totalAmount: jsonInt(total), packetCount: jsonInt(n) })).toEqual({ amounts: d.map(jsonInt) });
    }), { numRuns: 300 });
  });

  it("NEXT from the running remainder alone gives packet k of D (the O(1) claim)", () => {
    fc.assert(fc.property(seed, shape, (s, [n, total]) => {
      const d = distribution(s, total, n);
      let rem = total;
      d.forEach((a, k) => {
        expect(nextPacket(s, n, BigInt(k), rem)).toBe(a);
        rem -= a;
      });
    }), { numRuns: 100 });
  });

  it("takes MIN_PACKET while the range is empty and the remainder last", () => {
    expect(distribution("ab", 3n * MIN_PACKET, 3n)).toEqual([MIN_PACKET, MIN_PACKET, MIN_PACKET]);
    expect(distribution("ab", 12_345_678n, 1n)).toEqual([12_345_678n]);
  });
});
