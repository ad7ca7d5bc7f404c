import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { baselineFile, gasBaseline, PROJECT_SNAPSHOT_DIR, readBaseline, requireNamedSnapshot } from "./gas-baseline.js";
import { readSnapshotFile, snapshotKey, toSnapshot, writeSnapshots } from "./gas-snapshot.js";
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

  it("names each figure <manifest method>/n=<n>, records each method's class and the NEFs measured", () => {
    const pair: MeasuredPair = { plan: BUY_KEYS, hybrid: [point(100, 5n), point(10, 5n)], deprecated: [point(100, 99_000n), point(10, 9_000n)] };
    const snapshot = toSnapshot("doomsday-clock", [pair], POLICY, { MiniAppDoomsdayClock: 12345 });
    expect(snapshotKey("buyKeys", 100)).toBe("buyKeys/n=100");
    expect(snapshot.gas).toEqual({ "buyKeysWithCost/n=100": "5", "buyKeysWithCost/n=10": "5", "buyKeys/n=100": "99000", "buyKeys/n=10": "9000" });
    expect(snapshot.classes).toEqual({ buyKeysWithCost: "constant", buyKeys: "linear" });
    expect(snapshot.contracts).toEqual({ MiniAppDoomsdayClock: 12345 });
    const path = join(dir, "team.gas-snapshot.json");
    writeSnapshots(path, { "doomsday-clock": snapshot });
    const text = readFileSync(path, "utf8");
    expect(Object.keys(JSON.parse(text).apps["doomsday-clock"].gas)).toEqual(["buyKeys/n=10", "buyKeys/n=100", "buyKeysWithCost/n=10", "buyKeysWithCost/n=100"]);
    expect(readSnapshotFile(path)).toEqual({ apps: { "doomsday-clock": snapshot } });
    // Another app's update keeps this app's section.
    writeSnapshots(path, { lottery: { ...snapshot, gas: {} } });
    expect(Object.keys(readSnapshotFile(path)!.apps)).toEqual(["doomsday-clock", "lottery"]);
    expect(readSnapshotFile(join(dir, "none.json"))).toBeUndefined();
  });

  it("comes from the named file, else this project's own for its builds, else none (no regression claim)", () => {
    const named = join(dir, "named.json");
    expect(baselineFile(gasBaseline(named, true), "doomsday-clock")).toBe(named);
    expect(baselineFile(gasBaseline(undefined, true), "doomsday-clock")).toBe(join(PROJECT_SNAPSHOT_DIR, "doomsday-clock.json"));
    const none = gasBaseline(undefined, false);
    expect(baselineFile(none, "doomsday-clock")).toBeUndefined();
    expect(readBaseline(none, "doomsday-clock").describe).toMatch(/^no baseline: the contracts under test are not this project's builds/);
    expect(readBaseline(gasBaseline(undefined, true), "doomsday-clock").snapshot).toBeDefined();
  });

  it("refuses a named snapshot that is missing or unreadable, naming the file (exit 2)", () => {
    const missing = join(dir, "missing.json");
    expect(() => requireNamedSnapshot(gasBaseline(missing, false))).toThrow(expect.objectContaining({ code: "GAS_SNAPSHOT_MISSING", message: expect.stringContaining(missing) }));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ app: "doomsday-clock", gas: {} }));
    expect(() => requireNamedSnapshot(gasBaseline(bad, false))).toThrow(expect.objectContaining({ code: "GAS_SNAPSHOT_INVALID", message: expect.stringContaining(bad) }));
    expect(() => requireNamedSnapshot(gasBaseline(undefined, false))).not.toThrow();
  });

  it("the committed DoomsdayClock baseline is valid, sorted, written as the update mode writes it, with its NEFs", () => {
    const path = join(PROJECT_SNAPSHOT_DIR, "doomsday-clock.json");
    const committed = readSnapshotFile(path)!;
    expect(readFileSync(path, "utf8")).toBe(stableJson(committed));
    const app = committed.apps["doomsday-clock"]!;
    expect(app.classes).toMatchObject({ buyKeysWithCost: "constant", buyKeys: "linear", calculateKeyCost: "constant", calculateKeyCostLoop: "linear" });
    expect(Object.keys(app.contracts)).toEqual(["MiniAppDoomsdayClock", "PauseRegistry", "PaymentHub", "ServiceLayerGateway"]);
  });
});
