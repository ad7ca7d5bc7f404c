import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig, type ResolvedConfig } from "../../config/load-config.js";
import { UsageError } from "../../config/usage-error.js";
import type { Lane } from "../../neo-express/driver/lane.js";
import { NEO_EXPRESS_VERSION } from "../../neo-express/lifecycle/neoxp-tool.js";
import { HarnessError } from "../../neo-express/harness-error.js";
import { CATALOG, type CatalogEntry } from "../../properties/catalog.js";
import { FAILURES_DIR, loadFailures } from "../../properties/harness/failure-store.js";
import type { GasPair, PropertyResult, RunSummary } from "../../reports/run-summary.js";
import { benchGas } from "../../gas/bench-gas-run.js";
import { GAS_PAIRS } from "../../gas/gas-pairs.js";
import { gasBaseline, requireNamedSnapshot } from "../../gas/gas-baseline.js";
import { writeReports } from "../../reports/report.js";
import { ReportWriteError } from "../../reports/report-write-error.js";
import { ensureWritableDir } from "../../reports/writable-dir.js";
import { killAll } from "../../neo-express/lifecycle/process-registry.js";
import type { ContractFiles } from "../../neo-express/driver/contract-files.js";
import { contractCoverage } from "../../contract-coverage/contract-coverage.js";
import type { ContractCoverage } from "../../contract-coverage/coverage-schema.js";
import { belowMinCoverage } from "../../contract-coverage/min-coverage.js";
import { EXIT } from "../exit-codes.js";
import { loadContracts, projectBuildsOnly } from "../run/load-contracts.js";
import { inShard, type Shard } from "../run/shard.js";
import { progress } from "../run/progress.js";
import { openLanes, placeProperty, type RunLanes } from "../run/run-lanes.js";
import { runEntry } from "../run/run-entry.js";
import { startJudgedStream, type JudgedStream } from "../run/judged-stream.js";
import { sideBySide } from "../run/side-by-side.js";
import type { RawCoverage } from "../../contract-coverage/raw-coverage.js";
import type { LaneDriver } from "../../neo-express/driver/lane.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";

export interface VerifyOptions {
  readonly config?: string;
  readonly apps?: readonly string[];
  readonly runs?: number;
  readonly seed?: number;
  readonly out?: string;
  readonly timeLimitSeconds?: number;
  readonly shard?: Shard;
  /** Where failures are saved and replayed from (default fixtures/failures). */
  readonly failuresDir?: string;
  /** Run the GAS snapshot check of the apps' hybrid/deprecated pairs (default true). */
  readonly gas?: boolean;
  /** Where the differential properties and the GAS gate run (default: the config's lane, engine). */
  readonly lane?: Lane;
  /** Exit 0 rather than 4 when the time limit left a property unrun or cut short and nothing failed. */
  readonly allowIncomplete?: boolean;
  /** Count contract coverage on the engine hosts (default: the config's, true). */
  readonly coverage?: boolean;
  /** The coverage gate: minimal branch coverage per contract, % (default: the config's, none). */
  readonly minCoverage?: number;
  /** The GAS snapshot file of the contracts under test (overrides the config's `gas.snapshot`). */
  readonly gasSnapshot?: string;
  /** Allowed GAS increase over the baseline, percent (overrides the config's `gas.tolerance`). */
  readonly gasTolerance?: number;
  readonly log: (line: string) => void;
}

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/**
 * The main job: load the contracts under test (config), check them against the spec's ABI and
 * the chain's NeoVM, start neo-express (and the engine host for the engine lane or a
 * lane-equivalence property), replay saved failures first, run every property of the chosen apps
 * (a shard of them): the differential ones on the run's lane and then the GAS gate there, side by
 * side with the lane-equivalence ones on the judged pairs; write all report formats, and return
 * the exit code. A
 * failure found on the engine lane is confirmed on neo-express before it is reported. A harness
 * error mid-run still writes the partial report and is never a pass.
 */
export async function verify(o: VerifyOptions): Promise<number> {
  const config = withOverrides(loadConfig(o.config), o);
  const seed = config.seed ?? randomInt(0, 2 ** 31);
  const started = new Date();
  const deadline = Date.now() + config.budget.timeLimitSeconds * 1000;
  const failuresDir = o.failuresDir ?? FAILURES_DIR;
  const gasApps = (o.gas ?? true) ? inShard(config.apps.filter((a) => GAS_PAIRS.has(a.slug)), o.shard) : [];
  const baseline = gasBaseline(config.gas.snapshot, projectBuildsOnly(config, gasApps.map((a) => a.slug)));
  if (gasApps.length > 0) requireNamedSnapshot(baseline);
  const contracts = loadContracts(config);
  for (const a of config.apps) {
    if (!CATALOG.some((e) => e.app === a.slug)) o.log(`note    ${a.slug}: no property in the catalog yet; deployed in every world and pre-checked only`);
  }
  const entries = inShard(CATALOG.filter((e) => config.apps.some((a) => a.slug === e.app && (!a.properties || a.properties.includes(e.property)))), o.shard);
  // Everything the run will write or read is checked before the chain starts (exit 2, naming it).
  ensureWritableDir(config.outDir, o.out ? "--out" : "outDir (config)");
  ensureWritableDir(failuresDir, "--failures", false);
  for (const app of new Set(entries.map((e) => e.app))) loadFailures(app, failuresDir);
  const properties: PropertyResult[] = [];
  const gas: GasPair[] = [];
  let gasRegression = false;
  const errors: RunSummary["errors"] = [];
  let lanes: RunLanes | undefined;
  let coverage: ContractCoverage[] | undefined;
  let mainCounted: RawCoverage[] = [];
  let judgedCounted: RawCoverage[] = [];
  let judgedStream: JudgedStream | undefined;
  const stop = onInterrupt(() => lanes, () => judgedStream, o.log);
  try {
    stop.check();
    lanes = await openLanes(config.lane, contracts.world, { coverage: config.coverage.collect });
    stop.check();
    const { chain, driver } = lanes;
    o.log(`chain   ${chain.network.userAgent}, magic ${chain.network.magic}; lane ${config.lane}; seed ${seed}; ${config.budget.sequences} sequences per property`);
    // Two streams side by side (issue #16): the properties of the run's lane and then the GAS gate
    // on its chain, and the lane-equivalence properties on the judged pairs, chains of their own.
    // Neither waits for the other's chain; the report keeps the catalog's order.
    const results: PropertyResult[][] = entries.map(() => []);
    const gate: PropertyResult[] = [];
    const judged = entries.filter((e) => e.judged);
    const run = { campaignSeed: seed, config, deadline, failuresDir, log: o.log };
    // On a terminal one bar shows the longer stream's property (the judged one when there is one).
    const bar = progress(Boolean(process.stderr.isTTY));
    const runAll = async (list: readonly CatalogEntry[], halted: () => boolean) => {
      for (const entry of list) {
        if (halted()) return;
        results[entries.indexOf(entry)] = await runEntry(entry, () => placeProperty(entry, lanes!), () => entry.build(lanes!.main).title, run, judged.length === 0 ? bar : progress(false));
        stop.check();
      }
    };
    try {
      await sideBySide([
        async (halted) => {
          await runAll(entries.filter((e) => !e.judged), halted);
          // What the properties ran on this chain, before the GAS gate adds its benchmark calls.
          mainCounted = await lanes!.coverage("main");
          if (gasApps.length > 0 && !halted()) {
            const outcome = await gasGate(driver, config, gasApps.map((a) => a.slug), baseline, contracts.world, o.log);
            gas.push(...outcome.pairs);
            gasRegression = outcome.regression;
            if (outcome.error) gate.push(outcome.error);
          }
        },
        async (halted) => {
          if (judged.length === 0) return;
          // In a thread of its own (judged-stream.ts), told when the other stream has failed.
          const stream = startJudgedStream({
            config, campaignSeed: seed, deadline, failuresDir, world: contracts.world, coverage: config.coverage.collect,
            entries: judged.map((e) => ({ app: e.app, property: e.property, title: e.build(lanes!.main).title })),
          }, { log: o.log, bar, onResults: (i, r) => (results[entries.indexOf(judged[i]!)] = [...r]) });
          judgedStream = stream;
          const watch = setInterval(() => halted() && stream.halt(), 200);
          try {
            judgedCounted = await stream.done;
          } finally {
            clearInterval(watch);
          }
        },
      ]);
    } finally {
      properties.push(...results.flat(), ...gate);
    }
    const counted = [...mainCounted, ...judgedCounted, ...await lanes.coverage()];
    if (config.coverage.collect) coverage = contracts.sources.map((c) => contractCoverage(c.files, c.nefPath, counted));
  } catch (e) {
    // Once interrupted, whatever broke (the chain and host were stopped) is the interruption.
    if (!(e instanceof HarnessError) && !stop.signal) throw e;
    if (!stop.signal) {
      errors.push({ code: (e as HarnessError).code, message: (e as Error).message });
      o.log(`error   ${(e as HarnessError).code}: ${(e as Error).message}`);
    }
  } finally {
    await lanes?.stop();
    stop.dispose();
  }
  if (stop.signal) errors.push({ code: "INTERRUPTED", message: `stopped by ${stop.signal}: the report holds what ran before it` });
  const chain = lanes?.chain;
  const driver = lanes?.driver;
  const minBranchPercent = config.coverage.minBranchPercent;
  const coverageGate = coverage && minBranchPercent !== undefined ? { minBranchPercent, below: belowMinCoverage(coverage, minBranchPercent) } : undefined;
  for (const line of coverageGate?.below ?? []) o.log(`coverage below the gate: ${line}`);
  const failed = gasRegression || (coverageGate?.below.length ?? 0) > 0 || properties.some((p) => p.verdict === "fail" || p.verdict === "error");
  const unfinished = incomplete(properties, config.budget.sequences);
  for (const line of unfinished) o.log(`incomplete ${line}`);
  const exitCode = stop.signal ? EXIT.interrupted[stop.signal]
    : errors.length > 0 ? EXIT.infrastructure
    : failed ? EXIT.failed
    : unfinished.length > 0 && !o.allowIncomplete ? EXIT.incomplete
    : EXIT.ok;
  const summary: RunSummary = {
    schemaVersion: 1,
    tool: { name: "miniapp-verify", version: VERSION, neoExpress: NEO_EXPRESS_VERSION, node: process.version },
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: Date.now() - started.getTime(),
    lane: config.lane,
    ...(o.shard ? { shard: o.shard } : {}),
    chain: {
      userAgent: chain?.network.userAgent ?? "(not started)",
      magic: chain?.network.magic ?? 0,
      msPerBlock: chain?.network.msPerBlock ?? 0,
      feePolicy: driver
        ? { feePerByte: String(driver.feePolicy.feePerByte), execFeeFactor: String(driver.feePolicy.execFeeFactor), storagePrice: String(driver.feePolicy.storagePrice) }
        : { feePerByte: "", execFeeFactor: "", storagePrice: "" },
    },
    contracts: contracts.infos,
    properties,
    gas,
    ...(coverage ? { coverage } : {}),
    ...(coverageGate ? { coverageGate } : {}),
    errors,
    exitCode,
  };
  try {
    for (const file of writeReports(summary, config.outDir)) o.log(`report  ${file}`);
  } catch (e) {
    if (!(e instanceof ReportWriteError)) throw e;
    // The verdict must not be lost with the report: it is printed, and the run is never a pass.
    for (const file of e.written) o.log(`report  ${file}`);
    o.log(`error   REPORT_UNWRITABLE: ${e.message}; the run's outcome was exit ${exitCode} (${properties.map((p) => `${p.app}/${p.property} ${p.verdict}`).join(", ") || "no property ran"})`);
    return stop.signal ? exitCode : EXIT.infrastructure;
  }
  return exitCode;
}

/**
 * The properties a time limit left unrun (skipped) or cut short (fewer sequences than the budget
 * and no failure): such a run is incomplete (exit 4) unless --allow-incomplete. A gate is never
 * green for a property that did not run. Saved failures replay one sequence and do not count.
 */
function incomplete(properties: readonly PropertyResult[], budget: number): string[] {
  return properties.filter((p) => !p.title.endsWith("(saved failure)") && p.property !== "G10").flatMap((p) =>
    p.verdict === "skipped" ? [`${p.app}/${p.property}: not run (${p.error ?? "time limit"})`]
      : p.verdict === "pass" && p.numRuns < budget ? [`${p.app}/${p.property}: ${p.numRuns} of ${budget} sequences before the time limit`]
      : []);
}

/**
 * SIGINT (Ctrl-C) and SIGTERM (a cancelled CI job) during a run: the chain and the engine host
 * are stopped at once (process-registry kills them; calls in flight then fail), the run ends at
 * the next step, and the partial report is written; exit 130 or 143. A second signal, or a
 * report not written within 20 s, exits at once.
 */
function onInterrupt(lanes: () => RunLanes | undefined, judged: () => JudgedStream | undefined, log: (line: string) => void) {
  let signal: "SIGINT" | "SIGTERM" | undefined;
  const handler = (s: "SIGINT" | "SIGTERM") => {
    if (signal) {
      killAll();
      process.exit(EXIT.interrupted[s]);
    }
    signal = s;
    log(`stop    ${s}: stopping the chain and the engine host, writing the partial report`);
    killAll();
    judged()?.stop();
    void lanes()?.stop().catch(() => {});
    setTimeout(() => process.exit(EXIT.interrupted[s]), 20_000).unref();
  };
  const listeners = { SIGINT: () => handler("SIGINT"), SIGTERM: () => handler("SIGTERM") };
  process.on("SIGINT", listeners.SIGINT);
  process.on("SIGTERM", listeners.SIGTERM);
  return {
    get signal() {
      return signal;
    },
    check() {
      if (signal) throw new HarnessError("CHAIN_EXITED", `stopped by ${signal}`, "run again");
    },
    dispose() {
      process.off("SIGINT", listeners.SIGINT);
      process.off("SIGTERM", listeners.SIGTERM);
    },
  };
}

function withOverrides(config: ResolvedConfig, o: VerifyOptions): ResolvedConfig {
  return {
    ...config,
    ...(o.apps ? { apps: o.apps.map((slug) => config.apps.find((a) => a.slug === slug) ?? unknownApp(slug, config)) } : {}),
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    ...(o.out ? { outDir: o.out } : {}),
    ...(o.lane ? { lane: o.lane } : {}),
    coverage: { collect: o.coverage ?? config.coverage.collect, ...(o.minCoverage ?? config.coverage.minBranchPercent) !== undefined ? { minBranchPercent: o.minCoverage ?? config.coverage.minBranchPercent } : {} },
    gas: { ...config.gas, ...(o.gasSnapshot ? { snapshot: resolve(o.gasSnapshot) } : {}), ...(o.gasTolerance !== undefined ? { tolerance: o.gasTolerance } : {}) },
    budget: { sequences: o.runs ?? config.budget.sequences, timeLimitSeconds: o.timeLimitSeconds ?? config.budget.timeLimitSeconds },
  };
}

function unknownApp(slug: string, config: ResolvedConfig): never {
  throw new UsageError("CONFIG_INVALID", `app "${slug}" is not under test`, `choose from ${config.apps.map((a) => a.slug).join(", ")} (or add it to the config's "apps")`);
}

/**
 * The GAS gate: the apps' hybrid/deprecated pairs measured on the run's lane against the baseline
 * of these contracts, its time printed with it. A measured path that FAULTs (a contract that
 * rejects its own frontend's value, say) is a finding about the contract: a failed check (G10,
 * verdict error), not an infrastructure failure.
 */
async function gasGate(driver: LaneDriver, config: ResolvedConfig, apps: readonly string[], baseline: ReturnType<typeof gasBaseline>, world: WorldContracts, log: (l: string) => void): Promise<{ pairs: readonly GasPair[]; regression: boolean; error?: PropertyResult }> {
  const started = performance.now();
  log(`gas     GAS gate: ${apps.join(", ")}`);
  try {
    const run = await benchGas(driver, {
      mode: "check", apps: [...apps], toleranceBps: Math.round(config.gas.tolerance * 100), baseline, firstWorld: 100_000,
      platformFiles: world,
      appFiles: new Map(world.apps.filter((a) => apps.includes(a.entry.slug)).map((a) => [a.entry.slug, a.files])),
    }, driver.lastBlockTime() + 1_000n);
    for (const line of run.report) log(`gas     ${line}`);
    log(`gas     GAS gate: ${run.pairs.length} pairs in ${Math.round(performance.now() - started)} ms`);
    return { pairs: run.pairs, regression: run.exitCode !== 0 };
  } catch (e) {
    if (e instanceof HarnessError) throw e;
    log(`gas     error: ${(e as Error).message}`);
    return {
      pairs: [], regression: false,
      error: { app: apps.join(","), property: "G10", title: "GAS of hybrid vs deprecated paths (snapshot gate)", verdict: "error", seed: 0, numRuns: 0, steps: 0, durationMs: performance.now() - started, error: (e as Error).message },
    };
  }
}
