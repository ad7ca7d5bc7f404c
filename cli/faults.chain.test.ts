import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT } from "./exit-codes.js";

const CLI = fileURLToPath(new URL("./miniapp-verify.mjs", import.meta.url));

/**
 * Issue #22: faults injected mid-run. Each run ends with its documented exit code and a clear
 * message, the saved failures as they were, the partial report where it can be written, and no
 * neo-express node or engine host left running.
 */
interface Faulted {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The nodes and hosts the run had started, still running after it ended. */
  readonly leftRunning: string[];
  readonly out: string;
  /** The saved failure the run found in its folder: unchanged? */
  readonly failuresIntact: boolean;
}

/** A stale saved failure (another model version): skipped with a warning, never rewritten. */
const STALE = JSON.stringify({
  app: "doomsday-clock", property: "DD-differential", seed: 7, path: "0:1", commands: ["u1: buyKeys(1)"], message: "an old failure",
  fingerprint: { nefChecksums: {}, modelVersion: "0".repeat(64), generator: {} }, savedAt: "2026-01-01T00:00:00.000Z",
}, null, 2);

/** The processes under `pid`, by command line: neo-express nodes and engine hosts. */
function chainProcesses(pid: number): { pid: number; cmd: string }[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      parent.set(Number(d), Number(readFileSync(`/proc/${d}/stat`, "utf8").replace(/^.*\) /, "").split(" ")[1]));
    } catch { /* gone */ }
  }
  const under = (p: number): boolean => p === pid || (p > 1 && parent.has(p) && under(parent.get(p)!));
  return [...parent.keys()].filter((p) => p !== pid && under(p)).flatMap((p) => {
    const cmd = (() => { try { return readFileSync(`/proc/${p}/cmdline`, "utf8").replace(/\0/g, " "); } catch { return ""; } })();
    return /neoxp\.dll run|MiniApp\.Engine\.Host/.test(cmd) ? [{ pid: p, cmd }] : [];
  });
}

const alive = (pid: number) => {
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8")); // a zombie is dead
  } catch {
    return false;
  }
};

/**
 * Runs `verify` on `lane` (DoomsdayClock's differential property, no GAS gate) and,
 * once the property runs, calls `fault` with the CLI process and the nodes and hosts it started.
 */
async function faulted(runs: number, fault: (cli: ChildProcess, started: { pid: number; cmd: string }[], out: string) => void, outDir?: string, lane = "engine"): Promise<Faulted> {
  const dir = mkdtempSync(join(tmpdir(), "faults-"));
  const out = outDir ?? join(dir, "out");
  const failures = join(dir, "failures");
  mkdirSync(join(failures, "doomsday-clock"), { recursive: true });
  const saved = join(failures, "doomsday-clock", "DD-differential.json");
  writeFileSync(saved, STALE);
  const config = join(dir, "c.json");
  writeFileSync(config, JSON.stringify({ apps: { "doomsday-clock": { properties: ["DD-differential"] } }, lane }));
  const child = spawn(process.execPath, [CLI, "verify", "--config", config, "--runs", String(runs), "--seed", "9", "--no-gas", "--out", out, "--failures", failures], { stdio: ["ignore", "pipe", "pipe"] });
  let [stdout, stderr] = ["", ""];
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  let started: { pid: number; cmd: string }[] = [];
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (stdout.includes("run     doomsday-clock") || child.exitCode !== null) {
        clearInterval(poll);
        started = chainProcesses(child.pid!);
        if (child.exitCode === null) fault(child, started, out);
        resolve();
      }
    }, 100);
  });
  const code = await exited;
  await new Promise((r) => setTimeout(r, 500));
  return { code, stdout, stderr, out, leftRunning: started.filter((p) => alive(p.pid)).map((p) => p.cmd), failuresIntact: readFileSync(saved, "utf8") === STALE };
}

const summaryOf = (out: string) => JSON.parse(readFileSync(join(out, "run.json"), "utf8")) as { exitCode: number; errors: { code: string }[]; properties: unknown[] };
const kill = (pattern: RegExp, signal: NodeJS.Signals) => (_cli: ChildProcess, started: { pid: number; cmd: string }[]) => {
  const target = started.find((p) => pattern.test(p.cmd));
  expect(target, `a process matching ${pattern}`).toBeDefined();
  process.kill(target!.pid, signal);
};

describe("faults injected mid-run (issue #22)", () => {
  it("the engine host killed: exit 3, ENGINE_EXITED, partial report, nothing left running", async () => {
    const r = await faulted(5_000, kill(/MiniApp\.Engine\.Host/, "SIGKILL"));
    expect(r.code, r.stdout + r.stderr).toBe(EXIT.infrastructure);
    expect(r.stdout).toMatch(/error {3}ENGINE_EXITED: /);
    expect(summaryOf(r.out)).toMatchObject({ exitCode: EXIT.infrastructure, errors: [{ code: "ENGINE_EXITED" }] });
    expect(r.failuresIntact).toBe(true);
    expect(r.leftRunning).toEqual([]);
  }, 300_000);

  it("neo-express killed: exit 3, the chain's error named, partial report, nothing left running", async () => {
    const r = await faulted(2_000, kill(/neoxp\.dll run/, "SIGKILL"), undefined, "neo-express");
    expect(r.code, r.stdout + r.stderr).toBe(EXIT.infrastructure);
    expect(r.stdout).toMatch(/error {3}[A-Z_]+: /);
    expect(summaryOf(r.out).exitCode).toBe(EXIT.infrastructure);
    expect(r.failuresIntact).toBe(true);
    expect(r.leftRunning).toEqual([]);
  }, 300_000);

  it("SIGINT from the user: exit 130 promptly, the partial report says INTERRUPTED, nothing left running", async () => {
    const r = await faulted(5_000, (cli) => setTimeout(() => cli.kill("SIGINT"), 1_000));
    expect(r.code, r.stdout + r.stderr).toBe(EXIT.interrupted.SIGINT);
    expect(r.stdout).toMatch(/stop {4}SIGINT: stopping the chain and the engine host, writing the partial report/);
    expect(summaryOf(r.out)).toMatchObject({ exitCode: 130, errors: [{ code: "INTERRUPTED" }] });
    expect(r.failuresIntact).toBe(true);
    expect(r.leftRunning).toEqual([]);
  }, 300_000);

  it("SIGTERM (a cancelled CI job): exit 143 promptly, partial report, nothing left running", async () => {
    const r = await faulted(5_000, (cli) => setTimeout(() => cli.kill("SIGTERM"), 1_000));
    expect(r.code, r.stdout + r.stderr).toBe(EXIT.interrupted.SIGTERM);
    expect(summaryOf(r.out)).toMatchObject({ exitCode: 143, errors: [{ code: "INTERRUPTED" }] });
    expect(r.failuresIntact).toBe(true);
    expect(r.leftRunning).toEqual([]);
  }, 300_000);

  it("the RPC port stops answering (the node frozen): exit 3 on the RPC timeout, nothing left running", async () => {
    // SIGSTOP: the port still accepts connections but nothing answers, as behind a firewall that drops.
    const r = await faulted(2_000, kill(/neoxp\.dll run/, "SIGSTOP"), undefined, "neo-express");
    expect(r.code, r.stdout + r.stderr).toBe(EXIT.infrastructure);
    expect(r.stdout).toMatch(/error {3}RPC_TIMEOUT: RPC [\w,]+ to http:\/\/127\.0\.0\.1:\d+ got no answer/);
    expect(summaryOf(r.out).errors.map((e) => e.code)).toEqual(["RPC_TIMEOUT"]);
    expect(r.failuresIntact).toBe(true);
    expect(r.leftRunning).toEqual([]);
  }, 300_000);

  const mounts: string[] = [];
  afterAll(() => {
    for (const m of mounts) spawnSync("umount", [m]);
  });
  const root = process.getuid?.() === 0;

  it.skipIf(!root)("the report folder's disk full: exit 3, the verdict printed, no truncated report, nothing left running", async () => {
    const out = mkdtempSync(join(tmpdir(), "faults-tmpfs-"));
    expect(spawnSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", out]).status).toBe(0);
    mounts.push(out);
    const r = await faulted(4, () => {
      // Fill it once the run has started (its folder was checked writable before).
      spawnSync("dd", ["if=/dev/zero", `of=${join(out, "filler")}`, "bs=64k"]);
    }, out);
    expect(r.code, r.stdout + r.stderr).toBe(EXIT.infrastructure);
    expect(r.stdout).toMatch(/error {3}REPORT_UNWRITABLE: could not write .*run\.json: ENOSPC .*; the run's outcome was exit 0 \(doomsday-clock\/DD-differential pass\)/);
    expect(readdirSync(out).filter((f) => f !== "filler")).toEqual([]);
    expect(r.failuresIntact).toBe(true);
    expect(r.leftRunning).toEqual([]);
    expect(existsSync(join(out, "run.json.partial"))).toBe(false);
  }, 300_000);
});
