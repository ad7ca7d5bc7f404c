// neo-express throughput with sequences sharing blocks (issue #16 item 1): the DoomsdayClock
// differential (seed 1, 20 max commands) on neo-express, alternating the scheduler off (one
// sequence at a time, each step in a block of its own) and on (`--concurrency` sequences at once
// through SharedBlocks; with `--nodes 2`, that many on each of two nodes, as `verify --lane
// neo-express` runs; `--nodes 1,2` measures both), `--rounds` times in one process, so the ratios
// are measured under the same load. With `--baseline <dir>` (a checkout of earlier code with
// node_modules and built contracts, e.g. `git worktree add /tmp/base main && cd /tmp/base && npm
// run setup`), the same run on that code's harness and its own node is a row too
// (`--baseline-concurrency 8`: that code's sequences 8 at once through its own SharedBlocks).
// Prints steps/s per setting and round, medians, ratios, the steps per block reached, the share of
// flexible steps, the CPU per step, and where a block's time goes (RPC by method). A benchmark,
// never a test.
// Run: npm run bench:shared [-- --sequences 40 --concurrency 8,16 --nodes 1,2 --rounds 2 --baseline <dir> --baseline-concurrency 8].
import os from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { SharedBlocks } from "../../neo-express/driver/block/shared-blocks.js";
import { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import { startChain, type RunningChain } from "../../neo-express/lifecycle/start-chain.js";
import { Rpc } from "../../neo-express/driver/rpc.js";
import { doomsdayDifferential } from "../../properties/apps/doomsday-clock/doomsday-differential.js";
import { DifferentialRun } from "../../properties/harness/differential-run.js";
import { runProperty } from "../../properties/harness/run-property.js";
import { chainContext, projectContracts } from "../../properties/test-support/doomsday-context.js";
import { treeCpuMs } from "./process-cpu.js";

const { values } = parseArgs({ options: { sequences: { type: "string", default: "40" }, concurrency: { type: "string", default: "8,16" }, nodes: { type: "string", default: "1" }, rounds: { type: "string", default: "2" }, baseline: { type: "string" }, "baseline-concurrency": { type: "string", default: "1" } } });
const sequences = Number(values.sequences);
const settings = [1, ...values.concurrency!.split(",").map(Number)];
// Nodes the shared settings spread their sequences over (ChainContext.spread), each with its own
// SharedBlocks and `concurrency` sequences at once: `--nodes 1,2` measures both.
const nodeCounts = values.nodes!.split(",").map(Number);
if (!(sequences >= 1) || settings.some((c) => !(c >= 1)) || nodeCounts.some((n) => !(n >= 1)) || !(Number(values.rounds) >= 1) || !(Number(values["baseline-concurrency"]) >= 1)) {
  console.error("usage: npm run bench:shared -- [--sequences 40] [--concurrency 8,16] [--nodes 1,2] [--rounds 2] [--baseline <dir> [--baseline-concurrency 8]]");
  process.exit(2);
}
const MAX_COMMANDS = 20;
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" / ");
const loadBefore = load();
const say = (line: string) => console.error(`[bench:shared] ${line}`);

// Where the RPC time goes (both settings; the baseline's harness has its own Rpc class).
const rpcTime = new Map<string, Map<string, { n: number; ms: number }>>();
let current = "";
const book = (method: string, ms: number) => {
  const m = rpcTime.get(current) ?? new Map<string, { n: number; ms: number }>();
  rpcTime.set(current, m);
  const s = m.get(method) ?? { n: 0, ms: 0 };
  s.n++;
  s.ms += ms;
  m.set(method, s);
};
const batch = Rpc.prototype.batch;
Rpc.prototype.batch = async function (this: Rpc, calls) {
  const started = performance.now();
  try {
    return await batch.call(this, calls);
  } finally {
    book([...new Set(calls.map((c) => c.method))].join("+"), performance.now() - started);
  }
};
const call = Rpc.prototype.call;
Rpc.prototype.call = async function <T>(this: Rpc, method: string, params?: unknown[]) {
  const started = performance.now();
  try {
    return await call.call(this, method, params) as T;
  } finally {
    book(method, performance.now() - started);
  }
};
// How many steps are flexible (FlexibleDelay) and so may share a block beyond coincidence.
let flexibleSteps = 0;
const finish = DifferentialRun.prototype.finish;
DifferentialRun.prototype.finish = async function (this: DifferentialRun) {
  flexibleSteps += this.flexibleDelays.length;
  return finish.call(this);
};

type Row = { label: string; rates: number[]; perBlock: number[]; steps: number; flexible: number; harnessCpu: number; nodeCpu: number; cpuSteps: number };
const rows = new Map<string, Row>();
const row = (label: string) => rows.get(label) ?? rows.set(label, { label, rates: [], perBlock: [], steps: 0, flexible: 0, harnessCpu: 0, nodeCpu: 0, cpuSteps: 0 }).get(label)!;

/**
 * Runs `f` and books the CPU it cost (this process, the model and signing included, and the node's
 * process tree) per step: on a shared machine the rate follows the load, the CPU per step far less.
 */
async function measured<T extends { steps: number }>(r: Row, nodePids: readonly (number | undefined)[], f: () => Promise<T>): Promise<T> {
  const nodeCpu = (): number => nodePids.reduce<number>((t, pid) => t + treeCpuMs(pid), 0);
  const harness = process.cpuUsage();
  const node = nodeCpu();
  const out = await f();
  const used = process.cpuUsage(harness);
  r.harnessCpu += (used.user + used.system) / 1000;
  r.nodeCpu += nodeCpu() - node;
  r.cpuSteps += out.steps;
  return out;
}

interface Baseline { readonly pid: number | undefined; run(round: number): Promise<{ steps: number; ms: number }>; stop(): Promise<void> }

/** The same run on another checkout's harness and its own node (its modules, its driver). */
async function baseline(dir: string, concurrency: number): Promise<Baseline> {
  const at = (p: string) => import(resolve(dir, p));
  const [{ startChain: start }, { NeoExpressDriver: Driver }, { doomsdayDifferential: dd }, { runProperty: run }, { chainContext: context }, { SharedBlocks: Shared }] = await Promise.all([
    at("neo-express/lifecycle/start-chain.ts"), at("neo-express/driver/neo-express-driver.ts"), at("properties/apps/doomsday-clock/doomsday-differential.ts"),
    at("properties/harness/run-property.ts"), at("properties/test-support/doomsday-context.ts"), at("neo-express/driver/block/shared-blocks.ts"),
  ]);
  const chain = await start();
  const driver = await Driver.connect(chain);
  let world = 1;
  return {
    pid: chain.process.pid,
    run: async (round) => {
      // With `--baseline-concurrency` > 1, that code's own SharedBlocks (as its `verify --lane neo-express` ran).
      const ctx = { ...context(driver, undefined, world), ...(concurrency > 1 ? { sharedBlocks: new Shared(driver) } : {}) };
      const r = await run(dd(ctx, MAX_COMMANDS), { numRuns: sequences, seed: 1 + round, replayCommand: () => "", lanes: ["neo-express"], concurrency });
      world = ctx.nextWorld() + 64;
      if (r.verdict !== "pass") throw new Error(`baseline: ${r.verdict} ${r.error ?? ""}`);
      return { steps: r.steps, ms: r.durationMs };
    },
    stop: () => chain.stop(),
  };
}

const chains: RunningChain[] = [];
let base: Baseline | undefined;
try {
  if (values.baseline) base = await baseline(values.baseline, Number(values["baseline-concurrency"]));
  // Started one after the other: the first is the one-at-a-time setting's.
  for (let i = 0; i < Math.max(...nodeCounts); i++) chains.push(await startChain());
  const drivers = await Promise.all(chains.map((c) => NeoExpressDriver.connect(c)));
  const pids = chains.map((c) => c.process.pid);
  // World indexes per node: each chain has its own.
  const worlds = chains.map(() => 1);
  const runs = settings.flatMap((c) => (c === 1 ? [{ c, nodes: 1 }] : nodeCounts.map((nodes) => ({ c, nodes }))));
  for (let round = 0; round < Number(values.rounds); round++) {
    const order = round % 2 === 0 ? runs : [...runs].reverse();
    if (base) {
      current = "baseline";
      const r = await measured(row("baseline"), [base.pid], () => base!.run(round));
      row("baseline").rates.push(r.steps / (r.ms / 1000));
      say(`round ${round + 1}, baseline: ${r.steps} steps, ${r.ms.toFixed(0)} ms`);
    }
    for (const { c, nodes } of order) {
      const label = c === 1 ? "scheduler off (one at a time)" : `shared blocks, ${c} at once${nodes > 1 ? ` on each of ${nodes} nodes` : ""}`;
      current = label;
      const blocks = c > 1 ? drivers.slice(0, nodes).map((d) => new SharedBlocks(d)) : [];
      const contexts = drivers.slice(0, nodes).map((d, i) => ({ ...chainContext(d, projectContracts(), worlds[i]), ...(blocks[i] ? { sharedBlocks: blocks[i] } : {}) }));
      const ctx = contexts.length === 1 ? contexts[0]! : { ...contexts[0]!, spread: contexts };
      const flexibleBefore = flexibleSteps;
      const x = row(label);
      const r = await measured(x, pids.slice(0, nodes), () => runProperty(doomsdayDifferential(ctx, MAX_COMMANDS), { numRuns: sequences, seed: 1 + round, replayCommand: () => "", lanes: ["neo-express"], concurrency: c * nodes }));
      contexts.forEach((cx, i) => (worlds[i] = cx.nextWorld() + 64));
      if (r.verdict !== "pass") throw new Error(`${label}: ${r.verdict} ${r.error ?? ""}`);
      x.rates.push(r.steps / (r.durationMs / 1000));
      x.steps += r.steps;
      x.flexible += flexibleSteps - flexibleBefore;
      const made = blocks.reduce((t, b) => ({ steps: t.steps + b.stats.steps, blocks: t.blocks + b.stats.blocks }), { steps: 0, blocks: 0 });
      if (blocks.length > 0) x.perBlock.push(made.steps / made.blocks);
      say(`round ${round + 1}, ${label}: ${r.numRuns} sequences, ${r.steps} steps, ${r.durationMs.toFixed(0)} ms${blocks.length > 0 ? `, ${made.steps} steps in ${made.blocks} blocks` : ""}`);
    }
  }
} finally {
  for (const chain of chains) await chain.stop();
  await base?.stop();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const reference = rows.get("baseline") ?? rows.get("scheduler off (one at a time)")!;
console.log(`command: npm run bench:shared -- --sequences ${sequences} --concurrency ${values.concurrency}${values.nodes !== "1" ? ` --nodes ${values.nodes}` : ""} --rounds ${values.rounds}${values.baseline ? ` --baseline ${values.baseline}${values["baseline-concurrency"] !== "1" ? ` --baseline-concurrency ${values["baseline-concurrency"]}` : ""}` : ""} (seed 1+round, ${MAX_COMMANDS} max commands)`);
console.log(`machine: ${os.cpus().length} CPUs, node ${process.version}; load average 1/5/15 min: ${loadBefore} before, ${load()} after\n`);
console.log(`| setting | steps/s (median) | rounds | vs ${reference.label} | steps per block | flexible steps | CPU ms per step, harness + node |\n| --- | ---: | --- | ---: | ---: | ---: | --- |`);
for (const r of rows.values()) {
  console.log(`| ${r.label} | ${median(r.rates).toFixed(1)} | ${r.rates.map((x) => x.toFixed(0)).join(", ")} | ${(median(r.rates) / median(reference.rates)).toFixed(2)}× | ${r.perBlock.length > 0 ? median(r.perBlock).toFixed(2) : "1.00"} | ${r.steps > 0 ? `${(100 * r.flexible / r.steps).toFixed(0)} %` : "—"} | ${(r.harnessCpu / r.cpuSteps).toFixed(2)} + ${(r.nodeCpu / r.cpuSteps).toFixed(2)} |`);
}
console.log("\nRPC time by method (all rounds; ms total, calls, ms per call):");
for (const [label, methods] of rpcTime) {
  if (!label) continue;
  console.log(`- ${label}: ${[...methods].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6).map(([m, s]) => `${m} ${s.ms.toFixed(0)} (${s.n}, ${(s.ms / s.n).toFixed(1)})`).join("; ")}`);
}
process.exit(0);
