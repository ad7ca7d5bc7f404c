import { describe, expect, it } from "vitest";
import { decimal, exactFit, fittedAt, roundDiv } from "./exact-fit.js";

const pts = (xs: number[], f: (x: bigint) => bigint) => xs.map((x) => ({ x: BigInt(x), y: f(BigInt(x)) }));

describe("exactFit: least squares in integers", () => {
  it("recovers an exact line with residual 0", () => {
    const fit = exactFit(pts([1, 10, 100, 1000, 2000], (x) => 1_064_880n + 1680n * x));
    expect(fit).toEqual({ slopeNum: 1680n, interceptNum: 1_064_880n, den: 1n, residual: 0n });
  });

  it("gives slope 0 for a constant series", () => {
    expect(exactFit(pts([1, 10, 100], () => 63_501_890n))).toMatchObject({ slopeNum: 0n, interceptNum: 63_501_890n, residual: 0n });
  });

  it("keeps a fractional slope exact as a fraction", () => {
    const fit = exactFit([{ x: 0n, y: 0n }, { x: 1n, y: 1n }, { x: 2n, y: 1n }]);
    // slope 1/2, intercept 1/6.
    expect(decimal(fit.slopeNum, fit.den)).toBe("0.5");
    expect(decimal(fit.interceptNum, fit.den)).toBe("0.167");
    expect(fit.residual).toBeGreaterThan(0n);
  });

  it("takes the mean when every x is the same", () => {
    expect(exactFit([{ x: 5n, y: 10n }, { x: 5n, y: 20n }])).toMatchObject({ slopeNum: 0n, interceptNum: 15n, den: 1n });
  });

  it("rounds half away from zero", () => {
    expect(roundDiv(5n, 2n)).toBe(3n);
    expect(roundDiv(-5n, 2n)).toBe(-3n);
    expect(decimal(-1n, 3n, 2)).toBe("-0.33");
    expect(fittedAt(exactFit(pts([1, 3], (x) => 2n * x)), 2n)).toBe(4n);
  });
});
