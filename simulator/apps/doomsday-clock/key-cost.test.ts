import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { keyCost, keyCostLoop } from "./key-cost.js";

describe("DoomsdayClock key cost", () => {
  it("prices the j-th key at BASE + j × D", () => {
    expect(keyCost(1n, 0n)).toBe(10_000_000n);
    expect(keyCost(1n, 5n)).toBe(10_050_000n);
    expect(keyCost(3n, 0n)).toBe(30_030_000n);
    expect(keyCost(0n, 7n)).toBe(0n);
    expect(keyCost(-2n, 7n)).toBe(0n);
  });

  it("DD-P1 in the model: C(n, K) = Cloop(n, K) for n ∈ [−2, 2000] and |K| < 2^64", () => {
    fc.assert(fc.property(fc.integer({ min: -2, max: 2000 }), fc.oneof(fc.bigInt({ min: 0n, max: 1_000_000n }), fc.bigInt({ min: -(2n ** 64n) + 1n, max: 2n ** 64n - 1n })),
      (n, k) => keyCost(BigInt(n), k) === keyCostLoop(BigInt(n), k)), { numRuns: 300 });
  });
});
