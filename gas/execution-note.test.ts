import { describe, expect, it } from "vitest";
import { executionNote } from "./execution-note.js";

const point = (n: number, total: bigint, storageFee: bigint) => ({ n, total, storageFee, entry: 0n, scriptBytes: 60 });

describe("executionNote", () => {
  it("shows the execution line without the storage fee, exact when it is", () => {
    const series = [point(1, 63_501_890n, 13_400_000n), point(1000, 64_001_890n, 13_900_000n)];
    expect(executionNote("buyKeysWithCost", series)).toBe("`buyKeysWithCost` execution fee = 50101890 + 0 × n exactly, storage fee 13,400,000–13,900,000");
  });

  it("says least squares when the points are not on one line", () => {
    expect(executionNote("x", [point(0, 0n, 0n), point(1, 1n, 0n), point(2, 1n, 0n)])).toBe("`x` execution fee = 0.167 + 0.5 × n (least squares), storage fee 0");
  });
});
