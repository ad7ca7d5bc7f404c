import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileVariant } from "../properties/test-support/compile-variant.js";
import { BUILD_DIR } from "../neo-express/world/built-contracts.js";

const CLI = fileURLToPath(new URL("./miniapp-verify.mjs", import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 600_000 });
const temp = () => mkdtempSync(join(tmpdir(), "verify-"));
const summaryOf = (dir: string) => JSON.parse(readFileSync(join(dir, "run.json"), "utf8")) as Record<string, unknown> & { exitCode: number; properties: { verdict: string }[]; errors: { code: string }[] };

/** A config naming DoomsdayClock files outside the project (as another repository's CI would). */
function configWith(dir: string, nef: string, manifest: string): string {
  const path = join(dir, "miniapp-verify.config.json");
  writeFileSync(path, JSON.stringify({ apps: { "doomsday-clock": { contracts: { source: "files", nef, manifest } } }, budget: { sequences: 8 } }));
  return path;
}

/**
 * A folder holding a wrong DoomsdayClock (d.nef, d.manifest.json): the hybrid cost formula with
 * n(n+1)/2 for n(n−1)/2, so every honest hybrid purchase fails.
 */
function withWrongContract(): string {
  const wrong = compileVariant("DoomsdayClock", "MiniAppDoomsdayClock", [{
    file: "DoomsdayClock/MiniAppDoomsdayClock.Hybrid.cs",
    from: "(n * (n - 1) / 2) * KEY_PRICE_STEP",
    to: "(n * (n + 1) / 2) * KEY_PRICE_STEP",
  }]);
  const dir = temp();
  writeFileSync(join(dir, "d.nef"), wrong.nef);
  writeFileSync(join(dir, "d.manifest.json"), wrong.manifest);
  return dir;
}

describe("miniapp-verify verify: exit codes and reports", () => {
  it("0 on a pass, with all four reports; the same seed twice gives the same JSON but for times", () => {
    const [a, b] = [temp(), temp()];
    for (const out of [a, b]) {
      // One app keeps this CI-sized (the default config also has the base probe's eight properties).
      const r = run(["verify", "--app", "doomsday-clock", "--runs", "4", "--seed", "11", "--no-gas", "--out", out, "--failures", join(out, "failures")]);
      expect(r.status, r.stdout + r.stderr).toBe(0);
    }
    for (const f of ["run.json", "report.md", "report.html", "junit.xml"]) expect(existsSync(join(a, f))).toBe(true);
    const strip = (s: Record<string, unknown>) => JSON.stringify(s, (k, v) => (["startedAt", "finishedAt", "durationMs"].includes(k) ? undefined : v));
    expect(strip(summaryOf(a))).toBe(strip(summaryOf(b)));
  }, 600_000);

  it("runs against a second copy of the contracts given by a config file, and 1 when that contract is wrong", () => {
    const copy = temp();
    for (const f of ["MiniAppDoomsdayClock.nef", "MiniAppDoomsdayClock.manifest.json"]) copyFileSync(join(BUILD_DIR, f), join(copy, f));
    const good = run(["verify", "--config", configWith(copy, "MiniAppDoomsdayClock.nef", "MiniAppDoomsdayClock.manifest.json"), "--seed", "3", "--no-gas", "--out", join(copy, "out"), "--failures", join(copy, "failures")]);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(summaryOf(join(copy, "out")).properties[0]!.verdict).toBe("pass");

    const dir = withWrongContract();
    const bad = run(["verify", "--config", configWith(dir, "d.nef", "d.manifest.json"), "--seed", "3", "--no-gas", "--out", join(dir, "out"), "--failures", join(dir, "failures")]);
    expect(bad.status, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/replay: npx miniapp-verify replay --app doomsday-clock/);
    expect(summaryOf(join(dir, "out")).properties.some((p) => p.verdict === "fail")).toBe(true);
    // The replay command the failure printed reproduces it, step by step.
    const replayLine = /replay: npx miniapp-verify (replay .*)$/m.exec(bad.stdout)![1]!;
    const replayed = run(replayLine.split(" "));
    expect(replayed.status, replayed.stdout + replayed.stderr).toBe(1);
    expect(replayed.stdout).toMatch(/FAILS/);
    expect(replayed.stdout).toMatch(/≠ /);
    // Saved with its fingerprint, and replayed first by the next run (still failing: exit 1).
    expect(existsSync(join(dir, "failures", "doomsday-clock", "DD-differential.json"))).toBe(true);
    const again = run(["verify", "--config", configWith(dir, "d.nef", "d.manifest.json"), "--runs", "1", "--seed", "4", "--no-gas", "--out", join(dir, "out2"), "--failures", join(dir, "failures")]);
    expect(again.stdout).toMatch(/replay  saved failure doomsday-clock\/DD-differential/);
    expect(again.status).toBe(1);
  }, 900_000);

  it("--lane engine: the same verdicts, and a failure found on the engine is confirmed on neo-express in the report", () => {
    const ok = temp();
    const pass = run(["verify", "--lane", "engine", "--app", "doomsday-clock", "--runs", "8", "--seed", "5", "--no-gas", "--out", ok, "--failures", join(ok, "failures")]);
    expect(pass.status, pass.stdout + pass.stderr).toBe(0);
    const summary = summaryOf(ok) as unknown as { lane: string; properties: { property: string; verdict: string }[] };
    expect(summary.lane).toBe("engine");
    expect(summary.properties.map((p) => p.property)).toEqual(["DD-differential", "DD-lane-equivalence"]);

    const dir = withWrongContract();
    const config = configWith(dir, "d.nef", "d.manifest.json");
    writeFileSync(config, JSON.stringify({ ...JSON.parse(readFileSync(config, "utf8")), lane: "engine" }));
    const bad = run(["verify", "--config", config, "--seed", "3", "--no-gas", "--out", join(dir, "out"), "--failures", join(dir, "failures")]);
    expect(bad.status, bad.stdout + bad.stderr).toBe(1);
    const failed = (summaryOf(join(dir, "out")) as unknown as { properties: { property: string; verdict: string; counterexample?: { reproducedOn: string[]; replay: string } }[] })
      .properties.find((p) => p.property === "DD-differential")!;
    expect(failed.verdict).toBe("fail");
    expect(failed.counterexample!.reproducedOn).toEqual(["engine", "neo-express"]);
    expect(failed.counterexample!.replay).toContain("--lane engine");
    expect(readFileSync(join(dir, "out", "report.md"), "utf8")).toMatch(/reproduced on engine, neo-express/);
    // The printed replay command replays on the engine, then on neo-express.
    const replayed = run(failed.counterexample!.replay.replace(/^npx miniapp-verify /, "").split(" "));
    expect(replayed.status, replayed.stdout + replayed.stderr).toBe(1);
    expect(replayed.stdout).toMatch(/FAILS \(reproduced on engine, neo-express\)/);
    expect(run(["verify", "--lane", "fast"]).status).toBe(2);
  }, 900_000);

  it("4 when the time limit leaves a property unrun (never a green gate), 0 with --allow-incomplete", () => {
    const out = temp();
    const args = ["verify", "--app", "doomsday-clock", "--runs", "4", "--seed", "11", "--time-limit", "1", "--no-gas", "--out", out, "--failures", join(out, "failures")];
    const r = run(args);
    expect(r.status, r.stdout + r.stderr).toBe(4);
    expect(r.stdout).toMatch(/incomplete doomsday-clock\/DD-differential: not run \(time limit reached before this property\)/);
    expect(summaryOf(out)).toMatchObject({ exitCode: 4 });
    expect(summaryOf(out).properties.every((p) => p.verdict === "skipped")).toBe(true);
    expect(readFileSync(join(out, "report.md"), "utf8")).toMatch(/INCOMPLETE \(exit 4\)/);
    const allowed = run([...args, "--allow-incomplete"]);
    expect(allowed.status, allowed.stdout + allowed.stderr).toBe(0);
  }, 300_000);

  it("2 on usage and configuration errors, naming the problem", () => {
    const dir = temp();
    const config = join(dir, "c.json");
    writeFileSync(config, JSON.stringify({ apps: {}, budgett: 3 }));
    const r = run(["verify", "--config", config]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/budgett/);
    expect(run(["verify", "--runs", "many"]).status).toBe(2);
    expect(run(["no-such-command"]).status).toBe(2);
    expect(run(["verify", "--config", join(dir, "missing.json")]).status).toBe(2);
    const missing = configWith(dir, "nope.nef", "nope.manifest.json");
    const m = run(["verify", "--config", missing]);
    expect(m.status).toBe(2);
    expect(m.stderr).toMatch(/nope\.nef/);
  }, 120_000);
});
