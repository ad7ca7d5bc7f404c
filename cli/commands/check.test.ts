import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkCommand } from "./check.js";

const BIN = fileURLToPath(new URL("../miniapp-verify.mjs", import.meta.url));
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

describe("miniapp-verify check", () => {
  it("passes the project's builds with no config", () => {
    const lines: string[] = [];
    const cwd = process.cwd();
    process.chdir(mkdtempSync(join(tmpdir(), "cli-check-")));
    try {
      checkCommand({ log: (l) => lines.push(l) });
    } finally {
      process.chdir(cwd);
    }
    expect(lines[0]).toBe("config  (none: defaults)");
    expect(lines.some((l) => l.startsWith("ok      doomsday-clock:"))).toBe(true);
  });

  it("exits 2 naming the field of a bad config", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-check-"));
    writeFileSync(join(dir, "c.json"), JSON.stringify({ budget: { sequences: 0 } }));
    const bad = run(dir, "check", "--config", "c.json");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("CONFIG_INVALID");
    expect(bad.stderr).toContain("budget.sequences: Too small");
  });
});
