// Speed of the two lanes (issue #9's closing figures): how long each lane takes to start and to
// build the platform.md §6 fixture, and how many differential steps and sequences per second
// DoomsdayClock and base-probe run on neo-express, on the engine, and with every step on both
// (lane equivalence). Run: npm run bench:lanes [-- --sequences-engine 500 …]. Wall-clock figures
// on a shared machine: a benchmark, never a test; the load average is printed with the table.
import os from "node:os";
import { parseArgs } from "node:util";
import { EngineDriver } from "../../neo-express/driver/engine/engine-driver.js";
import { judgedPair } from "../../neo-express/driver/engine/judged-pair.js";
import type { Lane, LaneDriver } from "../../neo-express/driver/lane.js";
import { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import { startChain } from "../../neo-express/lifecycle/start-chain.js";
import { buildWorlds, type World } from "../../neo-express/world/build-worlds.js";
import { builtContract } from "../../neo-express/world/built-contracts.js";
import { scaledFunding } from "../../neo-express/world/world-funding.js";
import { probeDifferential } from "../../properties/apps/base-probe/probe-differential.js";
import { doomsdayDifferential } from "../../properties/apps/doomsday-clock/doomsday-differential.js";
import type { ChainContext } from "../../properties/harness/chain-context.js";
import { replayWorld } from "../../properties/harness/replay-world.js";
import { SharedBlocks } from "../../neo-express/driver/block/shared-blocks.js";
import { runProperty, type DifferentialProperty } from "../../properties/harness/run-property.js";
import { FOREIGN_APP_ID, SEQUENCE_FUNDING_DIVISOR } from "../../properties/harness/world-run.js";
import { chainContext, projectContracts } from "../../properties/test-support/doomsday-context.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { registeredScriptHash } from "../../simulator/tee/script-texts.js";

/** Flag → default. `lanes` counts lane-equivalence sequences (each runs on both lanes). */
const DEFAULTS = {
  "sequences-neo-express": 50, "sequences-engine": 200, "sequences-lanes": 25,
  "probe-sequences-neo-express": 30, "probe-sequences-engine": 100, "probe-sequences-lanes": 15,
  worlds: 8, "lanes-at-once": 8,
} as const;
type Flag = keyof typeof DEFAULTS;
const SEED = 1;
const MAX_COMMANDS = 20;

const counts = (() => {
  try {
    const { values } = parseArgs({ options: Object.fromEntries(Object.keys(DEFAULTS).map((f) => [f, { type: "string" as const }])) });
    const given = values as Partial<Record<Flag, string>>;
    return Object.fromEntries(Object.entries(DEFAULTS).map(([f, d]) => {
      const v = given[f as Flag] ?? String(d);
      if (!/^[1-9]\d*$/.test(v)) throw new Error(`--${f} wants a positive whole number, got "${v}"`);
      return [f, Number(v)];
    })) as Record<Flag, number>;
  } catch (e) {
    console.error(`${(e as Error).message}\nusage: npm run bench:lanes -- ${Object.entries(DEFAULTS).map(([f, d]) => `[--${f} ${d}]`).join(" ")}`);
    process.exit(2);
  }
})();

/** A figure that went wrong: the run stops, prints it and exits 1. */
class BenchFailure extends Error {}

const fmt = (x: number, digits = 0) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const timed = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const s = performance.now();
  const value = await f();
  return [value, performance.now() - s];
};
const heightOf = (d: LaneDriver) => (d instanceof EngineDriver ? d.height : (d as NeoExpressDriver).tip.index);
const say = (line: string) => console.error(`[bench:lanes] ${line}`);

interface Fixture { start: number; one: number; replay: number; many: number; txPerBlock: number; next: number }

/** One world, then `worlds` in lockstep: wall time, replay into the model, transactions per block. */
async function fixtureFigures(driver: LaneDriver, start: number): Promise<Fixture> {
  const build = (count: number, firstIndex: number) => buildWorlds(driver, projectContracts(), {
    count, firstIndex, t0: driver.lastBlockTime() + 1_000n,
    funding: () => scaledFunding(SEQUENCE_FUNDING_DIVISOR), scriptHash: registeredScriptHash, extraAppIds: [FOREIGN_APP_ID],
  });
  const [[world], one] = await timed(() => build(1, 0));
  const [replay, replayMs] = await timed(() => replayWorld(world!, driver.actor("genesis"), contractModelOf));
  if (replay.differences.length > 0) throw new BenchFailure(`${driver.lane}: the fixture's replay differs at "${replay.differences[0]!.label}"`);
  const before = heightOf(driver);
  const [worlds, many] = await timed(() => build(counts.worlds, 1));
  const transactions = worlds.reduce((n: number, w: World) => n + w.log.length, 0);
  return { start, one, replay: replayMs, many, txPerBlock: transactions / (heightOf(driver) - before), next: 1 + counts.worlds };
}

interface Speed { sequences: number; steps: number; ms: number }
type App = "DoomsdayClock" | "base-probe";
const APPS: Record<App, { contracts: () => ReturnType<typeof projectContracts>; property: (ctx: ChainContext) => DifferentialProperty<object>; flag: "sequences" | "probe-sequences" }> = {
  DoomsdayClock: { contracts: () => projectContracts(), property: (ctx) => doomsdayDifferential(ctx, MAX_COMMANDS), flag: "sequences" },
  "base-probe": { contracts: () => projectContracts(builtContract("MiniAppBaseProbe"), "base-probe"), property: (ctx) => probeDifferential(ctx, MAX_COMMANDS), flag: "probe-sequences" },
};

/**
 * Both apps' differential runs on one chain, in worlds from `firstWorld` on (each world index has
 * its own keys and contract hashes, so the runs never collide); a verdict other than pass stops.
 */
async function differentials(driver: LaneDriver, firstWorld: number, column: "neo-express" | "engine" | "lanes", judge?: LaneDriver, atOnce = 1): Promise<Record<App, Speed>> {
  const lanes: Lane[] = column === "lanes" ? ["engine", "neo-express"] : [column];
  let next = firstWorld;
  const out = {} as Record<App, Speed>;
  for (const [app, a] of Object.entries(APPS) as [App, (typeof APPS)[App]][]) {
    // Lane equivalence `atOnce` sequences at a time: neo-express's shared blocks, the engine their
    // mirror; worlds built (in pairs) no more than the run needs, as the row one at a time does.
    const numRuns = counts[`${a.flag}-${column}`];
    const shared = atOnce > 1 ? { sharedBlocks: new SharedBlocks(judge as NeoExpressDriver, Math.min(32, numRuns), driver as EngineDriver) } : {};
    const ctx = { ...chainContext(driver, a.contracts(), next, judge), ...shared };
    const r = await runProperty(a.property(ctx), { numRuns, seed: SEED, replayCommand: () => "", lanes, concurrency: atOnce });
    if (r.verdict !== "pass") throw new BenchFailure(`${app} on ${lanes.join(" + ")}: verdict ${r.verdict}: ${r.error ?? ""}`);
    next = ctx.nextWorld();
    out[app] = { sequences: r.numRuns, steps: r.steps, ms: r.durationMs };
    say(`${app} on ${lanes.join(" + ")}: ${r.numRuns} sequences, ${r.steps} steps, ${fmt(r.durationMs)} ms`);
  }
  return out;
}

const loadBefore = os.loadavg();
let engine: { fixture: Fixture; speed: Record<App, Speed> };
let neoExpress: typeof engine;
let lanes: Record<App, Speed>;
let lanesShared: Record<App, Speed>;
try {
  const [host, hostMs] = await timed(() => EngineDriver.start());
  try {
    const fixture = await fixtureFigures(host, hostMs);
    engine = { fixture, speed: await differentials(host, fixture.next, "engine") };
  } finally {
    await host.close();
  }
  say("engine done");
  const [chain, chainMs] = await timed(() => startChain());
  try {
    const driver = await NeoExpressDriver.connect(chain);
    const fixture = await fixtureFigures(driver, chainMs);
    neoExpress = { fixture, speed: await differentials(driver, fixture.next, "neo-express") };
  } finally {
    await chain.stop();
  }
  say("neo-express done");
  const pair = await judgedPair();
  try {
    lanes = await differentials(pair.engine, 1, "lanes", pair.neoExpress);
    lanesShared = await differentials(pair.engine, 10_000, "lanes", pair.neoExpress, counts["lanes-at-once"]);
  } finally {
    await pair.stop();
  }
} catch (e) {
  console.error(e instanceof BenchFailure ? `bench:lanes failed: ${e.message}` : e);
  process.exit(1);
}

const cpus = os.cpus();
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
const args = process.argv.slice(2);
console.log(`command: npm run bench:lanes${args.length > 0 ? ` -- ${args.join(" ")}` : ""} (seed ${SEED}, ${MAX_COMMANDS} max commands)`);
console.log(`machine: ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? "?"}), ${os.platform()} ${os.release()}, node ${process.version}; load average 1/5/15 min: ${load(loadBefore)} before, ${load(os.loadavg())} after\n`);
const e = engine!.fixture, n = neoExpress!.fixture;
console.log(`| set-up | engine | neo-express |\n| --- | ---: | ---: |`);
console.log(`| start (engine: host start to genesis persisted; neo-express: node start to RPC answering), ms | ${fmt(e.start)} | ${fmt(n.start)} |`);
console.log(`| one world's §6 fixture (buildWorlds, count 1), ms | ${fmt(e.one)} | ${fmt(n.one)} |`);
console.log(`| its replay into the model (replayWorld), ms | ${fmt(e.replay, 1)} | ${fmt(n.replay, 1)} |`);
console.log(`| ${counts.worlds} worlds in lockstep, ms | ${fmt(e.many)} | ${fmt(n.many)} |`);
console.log(`| ms per world, ${counts.worlds} in lockstep | ${fmt(e.many / counts.worlds)} | ${fmt(n.many / counts.worlds)} |`);
console.log(`| worlds per block (fixture transactions / blocks), ${counts.worlds} in lockstep | ${fmt(e.txPerBlock, 1)} | ${fmt(n.txPerBlock, 1)} |\n`);
console.log(`| differential | lane | sequences | steps | s | steps/s | sequences/s | steps/s vs neo-express |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const app of Object.keys(APPS) as App[]) {
  const base = neoExpress!.speed[app].steps / neoExpress!.speed[app].ms;
  for (const [lane, s] of [["neo-express", neoExpress!.speed[app]], ["engine", engine!.speed[app]], ["engine + neo-express (lane equivalence)", lanes![app]],
    [`engine + neo-express (lane equivalence, ${counts["lanes-at-once"]} at once sharing blocks)`, lanesShared![app]]] as const) {
    const perS = (x: number) => x / (s.ms / 1000);
    console.log(`| ${app} | ${lane} | ${s.sequences} | ${fmt(s.steps)} | ${fmt(s.ms / 1000, 1)} | ${fmt(perS(s.steps), 1)} | ${fmt(perS(s.sequences), 2)} | ${fmt(s.steps / s.ms / base, 2)}× |`);
  }
}
process.exit(0);
