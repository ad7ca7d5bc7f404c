import { describe, expect, it } from "vitest";
import { formatGas, gasNumber } from "./format-gas.js";

describe("formatGas", () => {
  it("shows datoshi as GAS with eight decimals, negatives and fitted fractions included", () => {
    expect(formatGas("100000000")).toBe("1.00000000");
    expect(formatGas("63524242")).toBe("0.63524242");
    expect(formatGas("-5")).toBe("-0.00000005");
    expect(formatGas("63524242.126")).toBe("0.63524242126");
    expect(formatGas("-0.5")).toBe("-0.000000005");
    expect(gasNumber("285.5")).toBeCloseTo(0.000002855);
  });
});
