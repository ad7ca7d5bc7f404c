import { parentPort, workerData } from "node:worker_threads";
import { HarnessError } from "../../neo-express/harness-error.js";
import { killAll } from "../../neo-express/lifecycle/process-registry.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import type { ChainContext } from "../../properties/harness/chain-context.js";
import { CATALOG } from "../../properties/catalog.js";
import { appBySlug } from "../../simulator/registry.js";
import type { RawCoverage } from "../../contract-coverage/raw-coverage.js";
import type { FromStream, JudgedStreamInput, PortableError, PortableWorld, ToStream } from "./judged-stream-protocol.js";
import type { Progress } from "./progress.js";
import { coverageCounter } from "./coverage-counter.js";
import { runEntry } from "./run-entry.js";
import { openJudged, placeOn } from "./run-lanes.js";

/**
 * The lane-equivalence stream of a verify run, in a thread of its own (judged-stream.ts): it
 * starts the judged pairs on its first property, runs every lane-equivalence entry on them as
 * `verify` would in its own thread, and reports each entry's results, its log lines and progress,
 * and at the end what the pairs' engines counted. Its pairs are stopped before it ends, whatever
 * ended it.
 */
const port = parentPort!;
const input = workerData as JudgedStreamInput;
const post = (m: FromStream) => port.postMessage(m);

let halted = false;
port.on("message", (m: ToStream) => {
  halted = true;
  // Interrupted: the pairs die at once, the calls in flight fail and the property under way ends.
  if (m.kind === "stop") killAll();
});

const bar: Progress = {
  start: (label, total) => post({ kind: "bar", op: "start", label, total }),
  update: (runs, steps, failed) => post({ kind: "bar", op: "update", runs, steps, failed }),
  stop: () => post({ kind: "bar", op: "stop" }),
};

const stops: (() => Promise<void>)[] = [];
const counter = coverageCounter(input.coverage);
let coverage: RawCoverage[] = [];
let error: PortableError | undefined;
try {
  const world = worldOf(input.world);
  let judged: Promise<ChainContext> | undefined;
  const context = () => (judged ??= openJudged(world, stops, counter.count));
  const run = { campaignSeed: input.campaignSeed, config: input.config, deadline: input.deadline, failuresDir: input.failuresDir, log: (line: string) => post({ kind: "log", line }) };
  for (const [index, { app, property, title }] of input.entries.entries()) {
    if (halted) break;
    const entry = CATALOG.find((e) => e.app === app && e.property === property)!;
    const results = await runEntry(entry, async () => placeOn(entry, await context()), () => title, run, bar);
    post({ kind: "results", index, results });
  }
  coverage = await counter.take();
} catch (e) {
  error = portable(e);
} finally {
  for (const stop of stops.splice(0).reverse()) await stop().catch(() => {});
}
post({ kind: "end", coverage, ...(error ? { error } : {}) });

function worldOf(w: PortableWorld): WorldContracts {
  return { ...w, apps: w.apps.map((a) => ({ entry: appBySlug(a.slug)!, files: a.files })) };
}

function portable(e: unknown): PortableError {
  if (e instanceof HarnessError) {
    // Its message ends with its fix, which the other side's HarnessError adds again.
    const suffix = `\n  fix: ${e.fix}`;
    const message = e.message.endsWith(suffix) ? e.message.slice(0, -suffix.length) : e.message;
    return { name: e.name, message, ...(e.stack ? { stack: e.stack } : {}), code: e.code, fix: e.fix };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  return { name: err.name, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
}
