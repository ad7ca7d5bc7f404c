import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseBenchGasArgs } from "./bench-gas-options.js";
import { readSnapshot, snapshotKey, SNAPSHOT_DIR, toSnapshot, writeSnapshot } from "./gas-snapshot.js";
import type { MeasuredPair } from "./measured-pair.js";
import { BUY_KEYS } from "./pairs/doomsday-clock.js";
import { stableJson } from "./stable-json.js";

const dir = mkdtempSync(join(tmpdir(), "gas-snapshot-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const POLICY = { execFeeFactor: 30n, storagePrice: 100_000n, feePerByte: 1000n };
const point = (n: number, total: bigint) => ({ n, total, entry: 1_045_000n, storageFee: 0n, scriptBytes: 60 });

describe("the GAS snapshot file", () => {
  it("sorts keys at every level", () => {
    expect(stableJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 2 } })).toBe('{\n  "a": {\n    "c": 2,\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n');
  });

  it("names each figure <manifest method>/n=<n> and records each method's class", () => {
    const pair: MeasuredPair = { plan: BUY_KEYS, hybrid: [point(100, 5n), point(10, 5n)], deprecated: [point(100, 99_000n), point(10, 9_000n)] };
    const snapshot = toSnapshot("doomsday-clock", [pair], POLICY);
    expect(snapshotKey("buyKeys", 100)).toBe("buyKeys/n=100");
    expect(snapshot.gas).toEqual({ "buyKeysWithCost/n=100": "5", "buyKeysWithCost/n=10": "5", "buyKeys/n=100": "99000", "buyKeys/n=10": "9000" });
    expect(snapshot.classes).toEqual({ buyKeysWithCost: "constant", buyKeys: "linear" });
    const path = writeSnapshot(snapshot, dir);
    const text = readFileSync(path, "utf8");
    expect(Object.keys(JSON.parse(text).gas)).toEqual(["buyKeys/n=10", "buyKeys/n=100", "buyKeysWithCost/n=10", "buyKeysWithCost/n=100"]);
    expect(readSnapshot("doomsday-clock", dir)).toEqual(snapshot);
    expect(readSnapshot("no-such-app", dir)).toBeUndefined();
  });

  it("the committed DoomsdayClock baseline is valid, sorted and written as the update mode writes it", () => {
    const committed = readSnapshot("doomsday-clock", SNAPSHOT_DIR)!;
    expect(readFileSync(join(SNAPSHOT_DIR, "doomsday-clock.json"), "utf8")).toBe(stableJson(committed));
    expect(committed.classes).toMatchObject({ buyKeysWithCost: "constant", buyKeys: "linear", calculateKeyCost: "constant", calculateKeyCostLoop: "linear" });
  });
});

describe("bench-gas command line", () => {
  it("sweeps by default, checks or updates only when asked", () => {
    expect(parseBenchGasArgs([]).mode).toBe("sweep");
    expect(parseBenchGasArgs(["--check", "--points", "1,100", "--tolerance", "0.5"])).toMatchObject({ mode: "check", points: [1, 100], toleranceBps: 50 });
    expect(parseBenchGasArgs(["--update"]).mode).toBe("update");
  });

  it("refuses an update from a reduced set of points and other contradictions", () => {
    expect(() => parseBenchGasArgs(["--update", "--points", "1"])).toThrow(/without --points/);
    expect(() => parseBenchGasArgs(["--check", "--update"])).toThrow(/exclude/);
    expect(() => parseBenchGasArgs(["--app", "lottery"])).toThrow(/no GAS pairs/);
    expect(() => parseBenchGasArgs(["--points", "0"])).toThrow(/positive integers/);
  });
});
