import { describe, expect, it } from "vitest";
import type { MeasuredPair, MeasuredPoint } from "./measured-pair.js";
import { networkFeeNote } from "./network-fee-note.js";
import { BUY_KEYS, CALCULATE_KEY_COST } from "./pairs/doomsday-clock.js";

const POLICY = { execFeeFactor: 30n, storagePrice: 100_000n, feePerByte: 1000n };
const NS = [1, 10, 100];
const series = (total: (n: bigint) => bigint, bytes: number): MeasuredPoint[] =>
  NS.map((n) => ({ n, total: total(BigInt(n)), entry: 0n, storageFee: 0n, scriptBytes: bytes }));

describe("networkFeeNote", () => {
  it("moves the break-even by the longer script's FeePerByte", () => {
    // DoomsdayClock's figures: the difference is 1,680 n − 2,190 in execution, the hybrid 13 bytes longer.
    const pair: MeasuredPair = { plan: BUY_KEYS, hybrid: series(() => 63_501_890n, 76), deprecated: series((n) => 63_499_700n + 1680n * n, 63) };
    expect(networkFeeNote(pair, POLICY)).toBe("the buyKeysWithCost transaction is 13 bytes longer, so its network fee is 13,000 datoshi higher; counting it, the hybrid is cheaper from n = 10");
  });

  it("says test invocations pay none", () => {
    const pair: MeasuredPair = { plan: CALCULATE_KEY_COST, hybrid: series(() => 1n, 56), deprecated: series(() => 1n, 60) };
    expect(networkFeeNote(pair, POLICY)).toMatch(/^test invocations pay no network fee .* 4 bytes shorter\)$/);
  });
});
