import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFailures, saveFailure, staleness, type SavedFailure } from "./failure-store.js";

const failure: SavedFailure = {
  app: "doomsday-clock", property: "DD-P2", seed: 42, path: "3:1:0", commands: ["buyKeysWithCost(u1, 3, cost=30030000, receipt=1)"],
  message: "step 1 …", fingerprint: { nefChecksums: { MiniAppDoomsdayClock: 1234 }, modelVersion: "ab".repeat(32), generator: { maxCommands: 20 } },
  savedAt: "2026-11-30T00:00:00.000Z",
};

describe("failure store", () => {
  it("saves and loads a failure under <app>/<property>.json", () => {
    const dir = mkdtempSync(join(tmpdir(), "failures-"));
    expect(saveFailure(failure, dir)).toBe(join(dir, "doomsday-clock", "DD-P2.json"));
    expect(loadFailures("doomsday-clock", dir)).toEqual([failure]);
    expect(loadFailures("lottery", dir)).toEqual([]);
  });

  it("names every change that makes a saved failure stale", () => {
    expect(staleness(failure.fingerprint, failure.fingerprint)).toEqual([]);
    expect(staleness(failure.fingerprint, { ...failure.fingerprint, nefChecksums: { MiniAppDoomsdayClock: 99 }, generator: { maxCommands: 30 } }))
      .toEqual(["contract MiniAppDoomsdayClock: NEF checksum 1234 → 99", "generator maxCommands: 20 → 30"]);
  });
});
