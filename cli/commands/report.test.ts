import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SAMPLE_RUN_PATH } from "../../reports/test-support/sample-summary.js";

const BIN = fileURLToPath(new URL("../miniapp-verify.mjs", import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

describe("miniapp-verify report", () => {
  it("writes the four formats and exits with the run's exit code", () => {
    const out = mkdtempSync(join(tmpdir(), "cli-report-"));
    const r = run("report", SAMPLE_RUN_PATH, "--out", out);
    expect(r.stdout).toContain("FAIL: 1 passed, 1 failed");
    for (const f of ["run.json", "report.md", "report.html", "junit.xml"]) expect(existsSync(join(out, f))).toBe(true);
    expect(r.status).toBe(1);
  });

  it("exits 2 with a message naming the problem on bad input", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-report-"));
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ schemaVersion: 2 }));
    const r = run("report", join(dir, "bad.json"), "--out", dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("REPORT_INPUT_INVALID");
    expect(r.stderr).toContain("schemaVersion");
  });

  it("documents itself in --help", () => {
    const r = run("report", "--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: miniapp-verify report [options] <run.json...>");
  });
});
