import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../miniapp-verify.mjs", import.meta.url));
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

describe("miniapp-verify check", () => {
  it("passes the project's builds with no config, and exits 2 naming the field of a bad config", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-check-"));
    const ok = run(dir, "check");
    expect(ok.stdout).toContain("ok      doomsday-clock:");
    expect(ok.status).toBe(0);
    writeFileSync(join(dir, "c.json"), JSON.stringify({ budget: { sequences: 0 } }));
    const bad = run(dir, "check", "--config", "c.json");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("CONFIG_INVALID");
    expect(bad.stderr).toContain("budget.sequences: Too small");
  });
});
