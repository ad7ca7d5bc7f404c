import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import type { LaneDriver } from "../../neo-express/driver/lane.js";
import type { GasPair } from "../../reports/run-summary.js";
import type { BenchGasOptions } from "./bench-gas-options.js";
import { checkSnapshot, formatCheck, type SnapshotCheck } from "./check-snapshot.js";
import { GAS_PAIRS } from "./gas-pairs.js";
import { executionNote } from "./execution-note.js";
import { probeLimit } from "./limit-probe.js";
import { networkFeeNote } from "./network-fee-note.js";
import { readSnapshot, toSnapshot, writeSnapshot } from "./gas-snapshot.js";
import { gasTable } from "./gas-table.js";
import { runGasSweep, type GasSweep } from "./run-gas-sweep.js";
import { stableJson } from "./stable-json.js";
import { toGasPair } from "./to-gas-pair.js";

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
  const sweep = await runGasSweep(driver, { pairs: plans, t0, appFiles: options.appFiles, ...(options.points ? { points: options.points } : {}), ...(options.firstWorld !== undefined ? { firstWorld: options.firstWorld } : {}) });
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
  let exitCode: 0 | 1 | 2 = 0;
  for (const app of options.apps) {
    const fresh = toSnapshot(app, sweep.pairs, sweep.feePolicy);
    const old = readSnapshot(app, options.snapshotDir);
    const check = checkSnapshot(old, fresh, (GAS_PAIRS.get(app) ?? []).map((p) => p.hybrid), options.toleranceBps);
    checks.push(check);
    report.push("", `${app} against ${old ? "the committed snapshot" : "no snapshot"} (tolerance ${options.toleranceBps / 100} %):`, ...formatCheck(check).map((l) => "  " + l));
    if (options.mode === "check") {
      if (!old) {
        report.push(`  no snapshot for ${app}: run npm run bench:gas:update and commit benchmarks/snapshots/${app}.json`);
        exitCode = 2;
      } else if (check.policyChanged) {
        exitCode = 2;
      } else if (!check.ok && exitCode === 0) {
        exitCode = 1;
      }
    } else if (options.mode === "update") {
      if (check.hybridNotConstant.length > 0) {
        report.push(`  not written: a hybrid path that grows with n is no baseline (${check.hybridNotConstant.join(", ")})`);
        exitCode = 1;
      } else {
        report.push(`  written ${writeSnapshot(fresh, options.snapshotDir)}`);
      }
    }
  }
  const pairs = sweep.pairs.map((m) => toGasPair(m, sweep.feePolicy, sweep.maxSystemFee, checks.find((c) => c.app === m.plan.app)));
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
