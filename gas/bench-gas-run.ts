import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { ContractFiles } from "../neo-express/driver/contract-files.js";
import type { NeoExpressDriver } from "../neo-express/driver/neo-express-driver.js";
import type { LaneDriver } from "../neo-express/driver/lane.js";
import type { GasPair } from "../reports/run-summary.js";
import { appBySlug, PLATFORM_CONTRACTS } from "../simulator/registry.js";
import { checkSnapshot, formatCheck, type SnapshotCheck } from "./check-snapshot.js";
import { GAS_PAIRS } from "./gas-pairs.js";
import { baselineFile, readBaseline, type GasBaseline } from "./gas-baseline.js";
import { executionNote } from "./execution-note.js";
import { probeLimit } from "./limit-probe.js";
import { networkFeeNote } from "./network-fee-note.js";
import { toSnapshot, writeSnapshots, type AppGasSnapshot } from "./gas-snapshot.js";
import { gasTable } from "./gas-table.js";
import { runGasSweep, type GasSweep, type PlatformFiles } from "./run-gas-sweep.js";
import { stableJson } from "./stable-json.js";
import { toGasPair } from "./to-gas-pair.js";

export type BenchGasMode = "sweep" | "check" | "update";

export interface BenchGasOptions {
  readonly mode: BenchGasMode;
  readonly apps: readonly string[];
  /** Replaces every pair's points; not allowed with `update` (a baseline has every point). */
  readonly points?: readonly number[];
  /** Allowed increase before a figure counts as a regression, basis points (100 = 1 %). */
  readonly toleranceBps: number;
  /** The contracts under test by app slug (default: build/contracts). */
  readonly appFiles: ReadonlyMap<string, ContractFiles>;
  /** The platform contracts under test (default: build/contracts). */
  readonly platformFiles?: PlatformFiles;
  /** What the figures are compared with, and where `update` writes them (gas-baseline.ts). */
  readonly baseline: GasBaseline;
  /**
   * `check` without a baseline for an app: `bench --check` refuses (exit 2: it has nothing to
   * check); `verify` measures, checks G10's shape and makes no regression claim.
   */
  readonly requireBaseline?: boolean;
  readonly outFile?: string;
  /** Confirm each getter pair's predicted GAS limit on chain (minutes). */
  readonly probeLimit?: boolean;
  /** Index of the first world of the sweep (default 0). */
  readonly firstWorld?: number;
}

export interface BenchGasRun {
  readonly sweep: GasSweep;
  readonly pairs: readonly GasPair[];
  readonly checks: readonly SnapshotCheck[];
  readonly table: string;
  /** What the command prints after the table: per app the `old → new` lines and the verdict. */
  readonly report: readonly string[];
  /** README's codes: 0 pass, 1 GAS regression (or a hybrid that is no longer constant), 2 usage/configuration. */
  readonly exitCode: 0 | 1 | 2;
}

/** Sweep, fit, table, and the snapshot step of the mode, on a running chain. */
export async function benchGas(driver: LaneDriver, options: BenchGasOptions, t0: bigint): Promise<BenchGasRun> {
  const plans = options.apps.flatMap((a) => GAS_PAIRS.get(a) ?? []);
  const sweep = await runGasSweep(driver, { pairs: plans, t0, appFiles: options.appFiles, ...(options.platformFiles ? { platformFiles: options.platformFiles } : {}), ...(options.points ? { points: options.points } : {}), ...(options.firstWorld !== undefined ? { firstWorld: options.firstWorld } : {}) });
  const report: string[] = [`determinism: ${sweep.determinism.key} measured twice, ${sweep.determinism.first} and ${sweep.determinism.second} datoshi`];
  for (const { plan, hybrid, sameStorage } of sweep.pairs) {
    if (!sameStorage) continue;
    const differ = hybrid.filter((_, i) => !sameStorage[i]).map((p) => p.n);
    report.push(`storage: ${plan.hybrid} and ${plan.deprecated} left ${differ.length === 0 ? "the same storage at every n" : `different storage at n = ${differ.join(", ")}`} (world addresses aside)`);
  }
  if (options.probeLimit) {
    for (const { plan, deprecated } of sweep.pairs) {
      // The limit probe runs millions of loop iterations over RPC with a long timeout: neo-express only.
      if (plan.kind === "test-invocation") report.push(`limit: ${"rpc" in driver ? await probeLimit((driver as NeoExpressDriver).rpc.url, plan, sweep.apps.get(plan.app)!, deprecated, sweep.maxSystemFee) : "probed on the neo-express lane only"}`);
    }
  }
  const checks: SnapshotCheck[] = [];
  const baselines = new Map<string, string>();
  const written: Record<string, Record<string, AppGasSnapshot>> = {};
  let exitCode: 0 | 1 | 2 = 0;
  for (const app of options.apps) {
    const fresh = toSnapshot(app, sweep.pairs, sweep.feePolicy, nefsOf(app, sweep.contracts));
    const base = readBaseline(options.baseline, app);
    baselines.set(app, base.snapshot ? base.describe : `${base.describe}; no regression claim`);
    const check = checkSnapshot(app, base.snapshot, fresh, GAS_PAIRS.get(app) ?? [], options.toleranceBps);
    checks.push(check);
    report.push("", `${app} against ${base.describe} (tolerance ${options.toleranceBps / 100} %):`, ...formatCheck(check).map((l) => "  " + l));
    if (options.mode === "check") {
      if (!base.snapshot && options.requireBaseline) {
        report.push(`  nothing to check ${app} against: create the baseline with \`miniapp-verify bench --update\` and commit it`);
        exitCode = 2;
      } else if (check.policyChanged) {
        exitCode = 2;
      } else if (!check.ok && exitCode === 0) {
        exitCode = 1;
      }
    } else if (options.mode === "update") {
      const file = baselineFile(options.baseline, app);
      const misshapen = [...check.hybridNotConstant, ...check.deprecatedNotLinear, ...check.deprecatedNotConstant];
      if (misshapen.length > 0) {
        report.push(`  not written: a baseline needs G10's shape (${misshapen.join(", ")})`);
        exitCode = 1;
      } else if (file) {
        (written[file] ??= {})[app] = fresh;
      } else {
        report.push(`  not written: ${base.describe}`);
        exitCode = 2;
      }
    }
  }
  for (const [file, apps] of Object.entries(written)) report.push(`written ${writeSnapshots(file, apps)} (${Object.keys(apps).join(", ")})`);
  const pairs = sweep.pairs.map((m) => toGasPair(m, sweep.feePolicy, sweep.maxSystemFee, checks.find((c) => c.app === m.plan.app), baselines.get(m.plan.app)));
  const table = gasTable(pairs, sweep.feePolicy, sweep.contractCallPrice, sweep.pairs.map((m) => [
    executionNote(m.plan.hybrid, m.hybrid), executionNote(m.plan.deprecated, m.deprecated), `network fee: ${networkFeeNote(m, sweep.feePolicy)}`,
  ]));
  if (options.outFile) {
    mkdirSync(dirname(options.outFile), { recursive: true });
    writeFileSync(options.outFile, stableJson({
      feePolicy: { execFeeFactor: `${sweep.feePolicy.execFeeFactor}`, feePerByte: `${sweep.feePolicy.feePerByte}`, storagePrice: `${sweep.feePolicy.storagePrice}` },
      contractCallPrice: `${sweep.contractCallPrice}`,
      determinism: { key: sweep.determinism.key, first: `${sweep.determinism.first}`, second: `${sweep.determinism.second}` },
      gas: pairs,
    }));
  }
  return { sweep, pairs, checks, table, report, exitCode };
}

/** The NEF checksums an app's figures depend on: the app's own and the platform contracts'. */
function nefsOf(app: string, contracts: Readonly<Record<string, number>>): Record<string, number> {
  const name = appBySlug(app)?.contractName;
  return Object.fromEntries(Object.entries(contracts).filter(([c]) => c === name || (PLATFORM_CONTRACTS as readonly string[]).includes(c)));
}
