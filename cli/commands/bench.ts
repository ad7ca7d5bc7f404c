import { join, resolve } from "node:path";
import { loadConfig } from "../../config/load-config.js";
import { UsageError } from "../../config/usage-error.js";
import { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import { startChain } from "../../neo-express/lifecycle/start-chain.js";
import { benchGas, type BenchGasMode } from "../../gas/bench-gas-run.js";
import { gasBaseline, requireNamedSnapshot } from "../../gas/gas-baseline.js";
import { GAS_PAIRS } from "../../gas/gas-pairs.js";
import { sweepStartTime } from "../../gas/run-gas-sweep.js";
import { loadContracts, projectBuildsOnly } from "../run/load-contracts.js";

export interface BenchOptions {
  readonly config?: string;
  readonly apps?: readonly string[];
  readonly mode: BenchGasMode;
  /** A reduced set of points (not with `update`: a baseline has every point). */
  readonly points?: readonly number[];
  readonly gasSnapshot?: string;
  readonly gasTolerance?: number;
  readonly out?: string;
  readonly probeLimit?: boolean;
  readonly log: (line: string) => void;
}

/**
 * `miniapp-verify bench`: the GAS benchmark of the configured contracts' hybrid/deprecated pairs
 * on its own neo-express: sweep, fit, table; `check` compares with the baseline of these contracts
 * (exit 1 on a regression or a broken G10 shape, 2 with nothing to compare with), `update` writes
 * it (the config's `gas.snapshot` / --gas-snapshot, or this project's gas/snapshots/ for its own
 * builds). Everything is checked before the chain starts.
 */
export async function bench(o: BenchOptions): Promise<number> {
  const config = loadConfig(o.config);
  const slugs = o.apps ?? config.apps.map((a) => a.slug).filter((s) => GAS_PAIRS.has(s));
  for (const s of slugs) {
    if (!GAS_PAIRS.has(s)) throw new UsageError("CONFIG_INVALID", `no GAS pairs for app "${s}"`, `choose from ${[...GAS_PAIRS.keys()].join(", ")}`);
    if (!config.apps.some((a) => a.slug === s)) throw new UsageError("CONFIG_INVALID", `app "${s}" is not under test`, `add it to the config's "apps" (under test: ${config.apps.map((a) => a.slug).join(", ")})`);
  }
  if (slugs.length === 0) throw new UsageError("CONFIG_INVALID", "none of the apps under test has GAS pairs", `GAS pairs exist for ${[...GAS_PAIRS.keys()].join(", ")}`);
  if (o.points && o.mode === "update") throw new UsageError("CONFIG_INVALID", "--update rewrites the whole baseline", "run it without --points");
  const snapshot = o.gasSnapshot ? resolve(o.gasSnapshot) : config.gas.snapshot;
  const baseline = gasBaseline(snapshot, projectBuildsOnly(config, slugs));
  if (baseline.kind === "none" && o.mode !== "sweep") {
    throw new UsageError("GAS_SNAPSHOT_MISSING", `bench --${o.mode} has no snapshot file: ${baseline.reason}`, "name the file of these contracts' baseline with --gas-snapshot <file> or the config's \"gas.snapshot\"");
  }
  if (o.mode === "check") requireNamedSnapshot(baseline);
  const apps = config.apps.filter((a) => slugs.includes(a.slug));
  const contracts = loadContracts({ ...config, apps });
  const tolerance = o.gasTolerance ?? config.gas.tolerance;
  const outFile = o.out ? resolve(o.out) : join(config.outDir, "gas-sweep.json");
  const started = performance.now();
  const chain = await startChain();
  try {
    const driver = await NeoExpressDriver.connect(chain);
    const run = await benchGas(driver, {
      mode: o.mode, apps: slugs, toleranceBps: Math.round(tolerance * 100), baseline, requireBaseline: true, outFile,
      appFiles: new Map(contracts.world.apps.map((a) => [a.entry.slug, a.files])), platformFiles: contracts.world,
      ...(o.points ? { points: o.points } : {}), ...(o.probeLimit ? { probeLimit: true } : {}),
    }, sweepStartTime(BigInt(Date.now())));
    o.log(run.table);
    o.log(run.report.join("\n"));
    o.log(`\nwritten ${outFile}; ${((performance.now() - started) / 1000).toFixed(1)} s (chain start included)`);
    return run.exitCode;
  } finally {
    await chain.stop();
  }
}
