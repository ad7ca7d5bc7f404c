import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BUILD_DIR } from "../../neo-express/world/built-contracts.js";
import { bench } from "./bench.js";

const BIN = fileURLToPath(new URL("../miniapp-verify.mjs", import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });

/** A config naming DoomsdayClock files outside the project (another team's build), with optional extra keys. */
function config(extra: object = {}, nef = join(BUILD_DIR, "MiniAppDoomsdayClock.nef")): string {
  const dir = mkdtempSync(join(tmpdir(), "cli-gas-"));
  const path = join(dir, "miniapp-verify.config.json");
  writeFileSync(path, JSON.stringify({ apps: { "doomsday-clock": { contracts: { source: "files", nef, manifest: join(BUILD_DIR, "MiniAppDoomsdayClock.manifest.json") } } }, ...extra }));
  return path;
}

// Every case here is refused before a chain starts: exit 2, the file or option named, no stack trace.
describe("GAS baseline options: usage errors before any chain", () => {
  it("a snapshot file named in the config that does not exist", () => {
    const c = config({ gas: { snapshot: "team.gas-snapshot.json" } });
    const r = run("verify", "--config", c);
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toContain(`GAS_SNAPSHOT_MISSING: the GAS snapshot ${join(c, "..", "team.gas-snapshot.json")} does not exist`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const flag = run("verify", "--config", c, "--gas-snapshot", "/nonexistent/other.json");
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("/nonexistent/other.json does not exist");
  });

  it("bench --update or --check of another team's contracts with no snapshot named", async () => {
    for (const mode of ["update", "check"] as const) {
      await expect(bench({ mode, config: config(), log: () => {} })).rejects.toMatchObject({ code: "GAS_SNAPSHOT_MISSING", message: expect.stringContaining("no GAS snapshot is named") });
    }
  });

  it("contradictory or malformed bench and tolerance options", async () => {
    await expect(bench({ mode: "update", points: [1, 2000], log: () => {} })).rejects.toThrow(/--update rewrites the whole baseline/);
    // TurtleMatch: the spec names no hybrid ↔ deprecated pair.
    await expect(bench({ mode: "sweep", apps: ["turtle-match"], log: () => {} })).rejects.toThrow(/no GAS pairs for app "turtle-match"/);
    const r = run("bench", "--check", "--update");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("exclude each other");
    const t = run("verify", "--gas-tolerance", "1%");
    expect(t.status).toBe(2);
    expect(t.stderr).toContain("--gas-tolerance takes a percentage");
  });

  it("a missing contract file is exit 2 naming it", () => {
    const r = run("verify", "--config", config({}, "/nonexistent/MiniAppDoomsdayClock.nef"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("/nonexistent/MiniAppDoomsdayClock.nef does not exist");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
