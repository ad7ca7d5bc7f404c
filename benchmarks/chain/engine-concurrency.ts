// Engine lane throughput (issue #16 item 2): the DoomsdayClock differential (seed 1, 20 max
// commands) on the engine lane, one row per setting, alternating the rows' order per round, in
// one process, so the ratios are measured under the same load (the machine is shared: absolute
// figures are not). Rows: this checkout at `--concurrency` 1 and each given value; with
// `--baseline <dir>` also another checkout's code (its own harness and its own engine host, from
// `<dir>/build/engine-host`) at `--baseline-concurrency` (default 1, what its verify runs), and
// every ratio is then against that row. Prints steps/s per row and round, the medians, the
// ratios, the load average before and after, and the CPU time per step of each host (from
// /proc/<pid>/stat) and of the harness (this process, the model included): under load the CPU
// cost per step varies far less than the wall-clock rate; and the requests per host message (what
// batching reached: EngineHost sends what the sequences ask in one turn as one message, at most
// `--per-message` sequences' requests each, default SEQUENCES_PER_MESSAGE).
// With MINIAPP_ENGINE_TIMING=1 each host prints its own profile when it exits (HostTiming.cs).
// Run: npm run bench:engine [-- --sequences 100 --concurrency 2,4 --rounds 3 --baseline <dir>].
// A benchmark, never a test.
import { cpuMs } from "./process-cpu.js";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { PropertyResult } from "../../reports/run-summary.js";

const { values } = parseArgs({
  options: {
    sequences: { type: "string", default: "100" }, concurrency: { type: "string", default: "2,4" }, rounds: { type: "string", default: "3" },
    baseline: { type: "string" }, "baseline-concurrency": { type: "string", default: "1" }, "per-message": { type: "string" },
  },
});
const sequences = Number(values.sequences);
const settings = [1, ...values.concurrency!.split(",").map(Number)];
const baseConcurrency = Number(values["baseline-concurrency"]);
// The sequences' requests one host message carries at most (this checkout's EngineDriver option; default its SEQUENCES_PER_MESSAGE).
const perMessage = values["per-message"] === undefined ? undefined : Number(values["per-message"]);
if (!(sequences >= 1) || settings.some((c) => !(c >= 1)) || !(Number(values.rounds) >= 1) || !(baseConcurrency >= 1) || (perMessage !== undefined && !(perMessage >= 1))) {
  console.error("usage: npm run bench:engine -- [--sequences 100] [--concurrency 2,4] [--rounds 3] [--per-message 4] [--baseline <dir> [--baseline-concurrency 1]]");
  process.exit(2);
}

/** One checkout's harness: its engine driver, the DoomsdayClock differential and runProperty. */
interface Code {
  readonly name: string;
  readonly start: () => Promise<{ close(): Promise<void>; host: { pid?: number | undefined; sent?: { messages: number; callers: number } } }>;
  readonly run: (engine: unknown, numRuns: number, seed: number, concurrency: number) => Promise<PropertyResult>;
}

async function load(name: string, root: string, options: { sequencesPerMessage?: number } = {}): Promise<Code> {
  const at = (file: string) => import(path.join(root, file));
  const { EngineDriver } = await at("neo-express/driver/engine/engine-driver.ts");
  const { doomsdayDifferential } = await at("properties/apps/doomsday-clock/doomsday-differential.ts");
  const { runProperty } = await at("properties/harness/run-property.ts");
  const { chainContext, projectContracts } = await at("properties/test-support/doomsday-context.ts");
  const contexts = new Map<unknown, unknown>();
  return {
    name,
    start: () => EngineDriver.start(undefined, options),
    run: (engine, numRuns, seed, concurrency) => {
      // One context per host: the world is built once and forked for every sequence.
      if (!contexts.has(engine)) contexts.set(engine, chainContext(engine, projectContracts(), 1));
      return runProperty(doomsdayDifferential(contexts.get(engine), 20), { numRuns, seed, replayCommand: () => "", lanes: ["engine"], concurrency });
    },
  };
}

const here = path.resolve(import.meta.dirname, "../..");
const after = await load("this checkout", here, perMessage === undefined ? {} : { sequencesPerMessage: perMessage });
const before = values.baseline ? await load(`baseline ${values.baseline}`, path.resolve(values.baseline)) : undefined;
const rows = [
  ...(before ? [{ code: before, concurrency: baseConcurrency }] : []),
  ...settings.map((concurrency) => ({ code: after, concurrency })),
].map((r) => ({ ...r, label: `${r.code === before ? "baseline" : "this checkout"}, ${r.concurrency} at once`, rates: [] as number[], hostMsPerStep: [] as number[], harnessMsPerStep: [] as number[], perMessage: [] as number[] }));

const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(" / ");
const loadBefore = loadAverage();
const engines = new Map<Code, Awaited<ReturnType<Code["start"]>>>();
try {
  for (const code of new Set(rows.map((r) => r.code))) {
    const engine = await code.start();
    engines.set(code, engine);
    // Warm-up: builds the world and its fork, JITs both sides.
    await code.run(engine, 10, 7, 2);
  }
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const row of round % 2 === 0 ? rows : [...rows].reverse()) {
      const engine = engines.get(row.code)!;
      const cpuBefore = cpuMs(engine.host.pid);
      // Callers (a sequence's request) per host message: what batching reached (undefined on code without it).
      const sentBefore = engine.host.sent && { ...engine.host.sent };
      const harnessBefore = process.cpuUsage();
      const r = await row.code.run(engine, sequences, 1, row.concurrency);
      if (r.verdict !== "pass") throw new Error(`${row.label}: ${r.verdict} ${r.error ?? ""}`);
      const perSecond = r.steps / (r.durationMs / 1000);
      row.rates.push(perSecond);
      row.hostMsPerStep.push((cpuMs(engine.host.pid) - cpuBefore) / r.steps);
      const harness = process.cpuUsage(harnessBefore);
      row.harnessMsPerStep.push((harness.user + harness.system) / 1000 / r.steps);
      if (sentBefore) row.perMessage.push((engine.host.sent!.callers - sentBefore.callers) / (engine.host.sent!.messages - sentBefore.messages));
      console.error(`[bench:engine] round ${round + 1}, ${row.label}: ${r.numRuns} sequences, ${r.steps} steps, ${r.durationMs.toFixed(0)} ms, ${perSecond.toFixed(1)} steps/s`);
    }
  }
} finally {
  for (const engine of engines.values()) await engine.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(rows[0]!.rates);
console.log(`command: npm run bench:engine -- --sequences ${sequences} --concurrency ${values.concurrency} --rounds ${values.rounds}${perMessage === undefined ? "" : ` --per-message ${perMessage}`}${values.baseline ? ` --baseline ${values.baseline} --baseline-concurrency ${baseConcurrency}` : ""}`);
console.log(`machine: ${os.cpus().length} CPUs, node ${process.version}; load average 1/5/15 min: ${loadBefore} before, ${loadAverage()} after\n`);
console.log(`| code, sequences at once | steps/s (median) | rounds | CPU ms per step, host + harness (medians) | requests per host message | vs ${rows[0]!.label} |\n| --- | ---: | --- | --- | ---: | ---: |`);
for (const row of rows) {
  console.log(`| ${row.label} | ${median(row.rates).toFixed(1)} | ${row.rates.map((x) => x.toFixed(0)).join(", ")} | ${median(row.hostMsPerStep).toFixed(3)} + ${median(row.harnessMsPerStep).toFixed(3)} | ${row.perMessage.length ? median(row.perMessage).toFixed(2) : "—"} | ${(median(row.rates) / base).toFixed(2)}× |`);
}
