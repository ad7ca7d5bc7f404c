// A soak (issue #22): one property of one app on one lane for a long campaign, on the correct
// contracts, through the same lanes as `verify` (a failure on the engine lane is confirmed on
// neo-express). Every `--every` sequences it prints the sequences and steps so far, the wall time,
// the rate, and the resident memory (current and peak, from /proc) of the harness, of each
// neo-express node and of the engine host. Run (long; nice it on a shared machine):
//   nice -n 19 npx tsx benchmarks/soak/soak.ts --app doomsday-clock --lane engine --sequences 10000
// With NODE_OPTIONS=--expose-gc each line's heap figure is taken after a full GC (what is retained).
// Exit 0 when the campaign ran to its end with no failure, 1 on a failure (saved under --failures,
// default fixtures/failures, and printed with the command that replays it), 3 on an infrastructure error.
import { readdirSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { integer } from "../../cli/integer-option.js";
import { replayCommandFor } from "../../cli/run/replay-command.js";
import { openLanes, placeProperty } from "../../cli/run/run-lanes.js";
import type { Lane } from "../../neo-express/driver/lane.js";
import { HarnessError } from "../../neo-express/harness-error.js";
import { builtContract } from "../../neo-express/world/built-contracts.js";
import { CATALOG } from "../../properties/catalog.js";
import { runProperty } from "../../properties/harness/run-property.js";
import { projectContracts } from "../../properties/test-support/doomsday-context.js";
import { appBySlug } from "../../simulator/registry.js";

const USAGE = `usage: npm run soak -- [--app <slug>] [--property <id>] [--lane engine|neo-express] [--sequences <n>] [--every <n>] [--seed <n>] [--failures <dir>]
  defaults: --app doomsday-clock, the app's differential property, --lane engine, --sequences 10000, --every 1000, --seed 1, --failures fixtures/failures`;

const { values } = (() => {
  try {
    return parseArgs({ options: {
      app: { type: "string", default: "doomsday-clock" }, lane: { type: "string", default: "engine" },
      property: { type: "string" }, sequences: { type: "string", default: "10000" }, every: { type: "string", default: "1000" }, seed: { type: "string", default: "1" },
      failures: { type: "string", default: "fixtures/failures" }, help: { type: "boolean", default: false },
    } });
  } catch (e) {
    console.error(`soak: ${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const entry = CATALOG.find((e) => e.app === values.app && (values.property ? e.property === values.property : !e.judged));
if (!entry || !["engine", "neo-express"].includes(values.lane!)) {
  console.error(`soak: no property ${values.property ?? "(differential)"} for app ${values.app} on lane ${values.lane}`);
  process.exit(2);
}
const [total, every, seed] = (() => {
  try {
    return [integer("--sequences", 1, Number.MAX_SAFE_INTEGER)(values.sequences!), integer("--every", 1, Number.MAX_SAFE_INTEGER)(values.every!), integer("--seed", 0, 2 ** 32 - 1, 1)(values.seed!)];
  } catch (e) {
    console.error(`soak: ${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
})();

/** VmRSS and VmHWM (peak) in MiB of a process, from /proc. */
function memory(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: Math.round(kib("VmRSS") / 1024), peak: Math.round(kib("VmHWM") / 1024) };
  } catch {
    return undefined;
  }
}

/** This process's descendants named by role: neo-express nodes and engine hosts. */
function children(): { role: string; pid: number }[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      parent.set(Number(d), Number(readFileSync(`/proc/${d}/stat`, "utf8").replace(/^.*\) /, "").split(" ")[1]));
    } catch { /* gone */ }
  }
  const mine = (pid: number): boolean => pid === process.pid || (parent.has(pid) && pid > 1 && mine(parent.get(pid)!));
  return [...parent.keys()].filter((pid) => pid !== process.pid && mine(pid)).flatMap((pid) => {
    const cmd = (() => { try { return readFileSync(`/proc/${pid}/cmdline`, "utf8"); } catch { return ""; } })();
    if (cmd.includes("MiniApp.Engine.Host")) return [{ role: "engine host", pid }];
    if (cmd.includes("neoxp") && cmd.startsWith("dotnet")) return [{ role: "neo-express", pid }];
    return [];
  });
}

let failing = 0;

function line(runs: number, steps: number, started: number): string {
  const s = (performance.now() - started) / 1000;
  const procs = [{ role: "harness", pid: process.pid }, ...children()].map(({ role, pid }) => {
    const m = memory(pid);
    return m ? `${role} ${m.rss}/${m.peak} MiB` : `${role} gone`;
  });
  return `soak ${entry!.app}/${entry!.property} ${values.lane}: ${runs} sequences (${failing} failing), ${steps} steps, ${s.toFixed(0)} s, ${(runs / s).toFixed(1)} seq/s, ${(steps / s).toFixed(0)} steps/s; rss/peak: ${procs.join(", ")}; ${heap()}`;
}

/**
 * The harness's live JavaScript heap: what it retains, apart from RSS, which the allocator keeps
 * high after a peak. Exact only after a full GC, which `NODE_OPTIONS=--expose-gc` allows.
 */
function heap(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return `harness heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MiB${gc ? " after GC" : ""}`;
}

const app = appBySlug(entry.app)!;
const lanes = await openLanes(values.lane as Lane, projectContracts(builtContract(app.contractName), app.slug));
let code = 0;
try {
  const { property, options } = await placeProperty(entry, lanes);
  const started = performance.now();
  let last = 0;
  const result = await runProperty(property, {
    // A failure is saved like verify's (replayed first by every later verify) and printed with the
    // command that replays it alone: a soak that ends on a false verdict must be reproducible.
    numRuns: total, seed, failuresDir: values.failures!, ...options,
    replayCommand: replayCommandFor(entry.app, entry.property, { engineLane: !!options.judge }),
    onSequence: (runs, steps, failed) => {
      if (failed) failing++;
      if (runs % every === 0 && runs !== last) console.log(line((last = runs), steps, started));
    },
  });
  console.log(line(result.numRuns, result.steps, started));
  console.log(`soak verdict ${result.verdict}${result.error ? `: ${result.error}` : ""}`);
  const found = result.counterexample;
  if (found) {
    console.log(`soak counterexample (seed ${found.seed}, path ${found.path}): ${found.commands.join(" · ")}`);
    console.log(`soak replay: ${found.replay}${found.savedAs ? ` (saved as ${found.savedAs})` : ""}`);
  }
  code = result.verdict === "pass" ? 0 : 1;
} catch (e) {
  console.error(`soak ${e instanceof HarnessError ? e.code : "error"}: ${(e as Error).message}`);
  code = 3;
} finally {
  await lanes.stop();
}
process.exit(code);
