import { describe, expect, it } from "vitest";
import { readChainFile } from "../chain-file.js";
import { chainFileActors } from "./actor.js";
import { setBounded } from "./bounded-map.js";
import { TransactionFactory } from "./transaction-factory.js";

/**
 * Issue #22: a 10,000-sequence campaign on neo-express grew the harness by ~28 KiB per sequence
 * (DP 320 → 578 MiB), the engine lane not. What every transaction or world added to the driver
 * stayed: these caches are now bounded (recycled worlds' actors: world-recycling.chain.test.ts).
 */
describe("what a long campaign leaves behind", () => {
  it("a bounded map keeps the newest `limit` entries, in order, and re-setting a key drops nothing", () => {
    const map = new Map<number, string>();
    for (let i = 0; i < 10; i++) setBounded(map, i, `v${i}`, 4);
    expect([...map.keys()]).toEqual([6, 7, 8, 9]);
    setBounded(map, 8, "again", 4);
    expect([...map.entries()]).toEqual([[6, "v6"], [7, "v7"], [8, "again"], [9, "v9"]]);
  });

  it("the transaction factory remembers only the hashes still includable (validUntilBlock not passed)", () => {
    const chain = readChainFile();
    const factory = new TransactionFactory(chain, { feePerByte: 1000n, execFeeFactor: 30n, storagePrice: 100000n }, { sign: false });
    const sender = chainFileActors(chain).get("u1")!;
    // 12,000 transactions, two per block: ~2,000 are still includable (1,000 blocks) at any time.
    let peak = 0;
    for (let i = 0; i < 12_000; i++) {
      factory.build([{ sender, script: "11", systemFee: 1n }], [], Math.floor(i / 2));
      peak = Math.max(peak, factory.remembered);
    }
    expect(peak).toBeLessThanOrEqual(4_096);
    expect(factory.remembered).toBeGreaterThanOrEqual(2_000);
    expect(factory.nextNonce).toBe(12_001);
  });
});
