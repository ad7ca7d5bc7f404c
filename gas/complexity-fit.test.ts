import { describe, expect, it } from "vitest";
import { breakEvenN, complexityFit, ratioAt } from "./complexity-fit.js";
import type { MeasuredPoint } from "./measured-pair.js";

const POLICY = { execFeeFactor: 30n, storagePrice: 100_000n, feePerByte: 1000n };
const NS = [1, 10, 100, 1000, 2000];
const series = (total: (n: number, i: number) => bigint, storage: (n: number) => bigint = () => 0n): MeasuredPoint[] =>
  NS.map((n, i) => ({ n, total: total(n, i) + storage(n), entry: 1_045_080n, storageFee: storage(n), scriptBytes: 60 }));
// A fixed pseudo-random wobble, the same every run.
const noise = (i: number) => BigInt([3_000, -2_500, 1_200, -3_100, 2_700][i]!);

describe("complexityFit", () => {
  it("calls a flat series constant, slope 0", () => {
    expect(complexityFit(series(() => 1_066_860n), POLICY)).toMatchObject({ class: "constant", slopePerN: "0", intercept: "1066860" });
  });

  it("calls a linear series linear, with its exact slope and intercept", () => {
    expect(complexityFit(series((n) => 1_064_880n + 1680n * BigInt(n)), POLICY)).toMatchObject({ class: "linear", slopePerN: "1680", intercept: "1064880" });
  });

  it("keeps noise of a few thousand datoshi constant and a noisy line linear", () => {
    expect(complexityFit(series((_, i) => 50_000_000n + noise(i)), POLICY).class).toBe("constant");
    const noisy = complexityFit(series((n, i) => 50_000_000n + 1680n * BigInt(n) + noise(i)), POLICY);
    expect(noisy.class).toBe("linear");
    expect(Number(noisy.slopePerN)).toBeCloseTo(1680, -1);
  });

  it("a line of one cheapest instruction per n (ExecFeeFactor) is linear; less is constant", () => {
    expect(complexityFit(series((n) => 1_000_000n + 30n * BigInt(n)), POLICY).class).toBe("linear");
    expect(complexityFit(series((n) => 1_000_000n + 29n * BigInt(n)), POLICY).class).toBe("constant");
  });

  it("does not read storage that grows by a byte in log n as linear, but one byte per n is", () => {
    const logBytes = (n: number) => (13n + BigInt(String(n).length)) * 100_000n;
    const fit = complexityFit(series(() => 50_101_890n, logBytes), POLICY);
    expect(fit.class).toBe("constant");
    expect(Number(fit.slopePerN)).toBeGreaterThan(0);
    expect(complexityFit(series(() => 50_101_890n, (n) => BigInt(n) * 100_000n), POLICY).class).toBe("linear");
  });
});

describe("ratioAt and breakEvenN", () => {
  const hybrid = series(() => 63_501_890n);
  const deprecated = series((n) => 63_499_700n + 1680n * BigInt(n));

  it("gives deprecated / hybrid at n = 100 to 4 decimals, or nothing when 100 was not measured", () => {
    expect(ratioAt(hybrid, deprecated)).toBe("1.0026");
    expect(ratioAt(hybrid.slice(0, 2), deprecated.slice(0, 2))).toBeUndefined();
  });

  it("finds the first n where the hybrid is cheaper", () => {
    expect(breakEvenN(hybrid, deprecated)).toBe(2);
    expect(breakEvenN(series(() => 100n), series((n) => 100n + BigInt(n)))).toBe(1);
    expect(breakEvenN(series(() => 10_000n), series((n) => 100n + BigInt(n)))).toBe(9901);
  });

  it("says never when the deprecated path does not grow faster", () => {
    expect(breakEvenN(series(() => 200n), series(() => 100n))).toBeNull();
    expect(breakEvenN(series((n) => 200n + 2n * BigInt(n)), series((n) => 100n + BigInt(n)))).toBeNull();
  });
});
