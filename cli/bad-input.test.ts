import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BUILD_DIR } from "../neo-express/world/built-contracts.js";
import { EXIT } from "./exit-codes.js";

const CLI = fileURLToPath(new URL("./miniapp-verify.mjs", import.meta.url));
const SAMPLE_RUN = fileURLToPath(new URL("../fixtures/reports/sample-run.json", import.meta.url));

/**
 * Issue #22: bad input as a newcomer types it. Every row is refused before a chain starts, with
 * exit 2 and a message naming the option, field or file; nothing lands in the failures folder.
 */
const dir = mkdtempSync(join(tmpdir(), "bad-input-"));
const failures = join(dir, "failures");
const out = join(dir, "out");
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const config = (name: string, value: unknown) => file(name, typeof value === "string" ? value : JSON.stringify(value));
/** A config naming DoomsdayClock as other files (a copy of our build, maybe spoiled). */
const doomsdayFiles = (name: string, spoil: { nef?: Buffer; manifest?: string } = {}) => {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(BUILD_DIR, "MiniAppDoomsdayClock.nef"), join(folder, "d.nef"));
  copyFileSync(join(BUILD_DIR, "MiniAppDoomsdayClock.manifest.json"), join(folder, "d.manifest.json"));
  if (spoil.nef) writeFileSync(join(folder, "d.nef"), spoil.nef);
  if (spoil.manifest !== undefined) writeFileSync(join(folder, "d.manifest.json"), spoil.manifest);
  return config(`${name}.json`, { apps: { "doomsday-clock": { contracts: { source: "files", nef: `${name}/d.nef`, manifest: `${name}/d.manifest.json` } } } });
};
/** A failures folder holding one saved failure for DoomsdayClock's differential property. */
const savedFailure = (name: string, content: string) => {
  const folder = join(dir, name, "doomsday-clock");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "DD-differential.json"), content);
  return join(dir, name);
};
const bogusFailure = JSON.stringify({ app: "doomsday-clock", property: "DD-differential", seed: -5, path: "", commands: [], message: "null",
  fingerprint: { nefChecksums: {}, modelVersion: "x", generator: {} }, savedAt: "2026-01-01T00:00:00Z" });
const manifest = JSON.parse(readFileSync(join(BUILD_DIR, "MiniAppDoomsdayClock.manifest.json"), "utf8")) as { abi: { methods: { name: string }[] } };
const withoutAMethod = JSON.stringify({ ...manifest, abi: { ...manifest.abi, methods: manifest.abi.methods.filter((m) => m.name !== "buyKeys") } });
const summary = JSON.parse(readFileSync(SAMPLE_RUN, "utf8")) as Record<string, unknown>;
const verify = (...args: string[]) => ["verify", "--out", out, "--failures", failures, ...args];

/** [what a newcomer tries, argv, exit code, what the message must name]. */
const ROWS: readonly (readonly [string, readonly string[], number, RegExp])[] = [
  ["--runs 0", verify("--runs", "0"), EXIT.usage, /OPTION_INVALID: --runs 0 is out of range/],
  ["--runs -5", verify("--runs", "-5"), EXIT.usage, /--runs -5 is out of range/],
  ["--runs many", verify("--runs", "many"), EXIT.usage, /--runs must be an integer, not "many"/],
  ["--runs 1.5", verify("--runs", "1.5"), EXIT.usage, /--runs must be an integer/],
  ["--time-limit 0", verify("--time-limit", "0"), EXIT.usage, /--time-limit 0 is out of range/],
  ["--time-limit -1", verify("--time-limit", "-1"), EXIT.usage, /--time-limit -1 is out of range/],
  ["--seed past 32 bits", verify("--seed", "99999999999"), EXIT.usage, /--seed 99999999999 is out of range/],
  ["--seed abc", verify("--seed", "abc"), EXIT.usage, /--seed must be an integer/],
  ["--shard 3/2", verify("--shard", "3/2"), EXIT.usage, /SHARD_INVALID: --shard 3\/2/],
  ["--shard half", verify("--shard", "half"), EXIT.usage, /--shard half/],
  ["--lane fast", verify("--lane", "fast"), EXIT.usage, /--lane.*fast/],
  ["--app unknown", verify("--app", "no-such-app"), EXIT.usage, /app "no-such-app" is not under test/],
  ["--out under /proc", ["verify", "--out", "/proc/miniapp-verify/out", "--failures", failures], EXIT.usage, /OUTPUT_UNWRITABLE: --out \/proc\/miniapp-verify\/out/],
  ["--out is a file", ["verify", "--out", SAMPLE_RUN, "--failures", failures], EXIT.usage, /OUTPUT_UNWRITABLE: --out .*sample-run\.json/],
  ["--failures under /proc", ["verify", "--out", out, "--failures", "/proc/miniapp-verify"], EXIT.usage, /OUTPUT_UNWRITABLE: --failures \/proc\/miniapp-verify/],
  ["an unknown option", verify("--frobnicate"), EXIT.usage, /unknown option '--frobnicate'/],
  ["an unknown command", ["frobnicate"], EXIT.usage, /unknown command 'frobnicate'/],
  ["--config missing", verify("--config", join(dir, "missing.json")), EXIT.usage, /missing\.json/],
  ["config not JSON", verify("--config", config("broken.json", "{ apps: ")), EXIT.usage, /broken\.json/],
  ["config unknown key", verify("--config", config("typo.json", { apps: {}, budgett: 3 })), EXIT.usage, /budgett/],
  ["config budget.sequences 0", verify("--config", config("zero.json", { budget: { sequences: 0 } })), EXIT.usage, /budget\.sequences/],
  ["config budget.timeLimitSeconds 0", verify("--config", config("notime.json", { budget: { timeLimitSeconds: 0 } })), EXIT.usage, /budget\.timeLimitSeconds/],
  ["config lane unknown", verify("--config", config("lane.json", { lane: "fast" })), EXIT.usage, /lane/],
  ["config seed a string", verify("--config", config("seed.json", { seed: "x" })), EXIT.usage, /seed/],
  ["config app unknown", verify("--config", config("app.json", { apps: { "no-such-app": {} } })), EXIT.usage, /no-such-app/],
  ["NEF missing", verify("--config", config("nonef.json", { apps: { "doomsday-clock": { contracts: { source: "files", nef: "nope.nef", manifest: "nope.manifest.json" } } } })), EXIT.usage, /nope\.nef/],
  ["NEF not a NEF", verify("--config", doomsdayFiles("garbage-nef", { nef: Buffer.from("not a nef file at all") })), EXIT.usage, /d\.nef/],
  ["manifest not JSON", verify("--config", doomsdayFiles("garbage-manifest", { manifest: "{ not json" })), EXIT.usage, /d\.manifest\.json/],
  ["manifest without a spec method", verify("--config", doomsdayFiles("abi", { manifest: withoutAMethod })), EXIT.usage, /buyKeys/],
  ["saved failure not JSON", ["verify", "--out", out, "--failures", savedFailure("f-json", "{ nope")], EXIT.usage, /FAILURE_INVALID: cannot read the saved failure .*DD-differential\.json/],
  ["saved failure not replayable", ["verify", "--out", out, "--failures", savedFailure("f-bogus", bogusFailure)], EXIT.usage, /FAILURE_INVALID: .*DD-differential\.json is not a replayable saved failure/],
  ["replay --failure missing", ["replay", "--failure", join(dir, "none.json")], EXIT.usage, /none\.json/],
  ["replay --failure not replayable", ["replay", "--failure", file("bogus-failure.json", bogusFailure)], EXIT.usage, /bogus-failure\.json is not a replayable saved failure/],
  ["replay without --seed", ["replay", "--app", "doomsday-clock", "--path", "1"], EXIT.usage, /replay needs --app, --seed and --path/],
  ["report input missing", ["report", join(dir, "none-run.json"), "--out", out], EXIT.usage, /none-run\.json does not exist/],
  ["report input not JSON", ["report", file("garbage-run.json", "not json"), "--out", out], EXIT.usage, /garbage-run\.json is not valid JSON/],
  ["report input off the schema", ["report", file("schema-run.json", JSON.stringify({ ...summary, exitCode: "zero" })), "--out", out], EXIT.usage, /schema-run\.json is not a miniapp-verify run summary/],
  ["report --format pdf", ["report", SAMPLE_RUN, "--format", "pdf", "--out", out], EXIT.usage, /unknown report format "pdf"/],
  ["report --out under /proc", ["report", SAMPLE_RUN, "--out", "/proc/miniapp-verify"], EXIT.usage, /OUTPUT_UNWRITABLE: --out \/proc\/miniapp-verify/],
  ["check --config missing", ["check", "--config", join(dir, "missing.json")], EXIT.usage, /missing\.json/],
];

function cli(args: readonly string[]): Promise<{ status: number | null; stderr: string; stdout: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let [stdout, stderr] = ["", ""];
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (status) => resolve({ status, stdout, stderr, ms: Date.now() - started }));
  });
}

/** Runs the rows four at a time (each is a process of its own). */
async function all<T>(items: readonly T[], f: (t: T) => Promise<unknown>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await f(item);
  }));
}

describe("bad input at the command line (issue #22)", () => {
  it(`refuses each of ${ROWS.length} bad inputs up front with exit 2 and a message naming it`, async () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
    const results = new Map<string, Awaited<ReturnType<typeof cli>>>();
    await all(ROWS, async ([name, args]) => results.set(name, await cli(args)));
    for (const [name, , status, message] of ROWS) {
      const r = results.get(name)!;
      expect({ name, status: r.status }, r.stdout + r.stderr).toEqual({ name, status });
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr, name).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
      expect(r.stdout, name).not.toMatch(/^chain /m); // refused before any chain started
    }
    // Nothing was saved as a failure, and no report claims a run.
    expect(existsSync(failures)).toBe(false);
    expect(existsSync(out) ? readdirSync(out).filter((f) => f !== "report.md" && f.endsWith(".json")) : []).toEqual([]);
  }, 900_000); // about 15 s on an idle machine; far longer on a loaded one (40 processes)
});
