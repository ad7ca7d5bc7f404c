import { parseArgs } from "node:util";
import { join } from "node:path";
import { loadContractFiles, type ContractFiles } from "../../neo-express/driver/contract-files.js";
import { appBySlug } from "../../simulator/registry.js";
import { GAS_PAIRS } from "./gas-pairs.js";
import { SNAPSHOT_DIR } from "./gas-snapshot.js";

export type BenchGasMode = "sweep" | "check" | "update";

export interface BenchGasOptions {
  readonly mode: BenchGasMode;
  readonly apps: readonly string[];
  /** Replaces every pair's points; not allowed with `update` (a baseline has every point). */
  readonly points?: readonly number[];
  /** Allowed increase before a figure counts as a regression, basis points (100 = 1 %). */
  readonly toleranceBps: number;
  readonly appFiles: ReadonlyMap<string, ContractFiles>;
  readonly snapshotDir: string;
  readonly outFile?: string;
  /** Confirm each getter pair's predicted GAS limit on chain (minutes). */
  readonly probeLimit?: boolean;
  /** Index of the first world of the sweep (default 0). */
  readonly firstWorld?: number;
}

export class UsageError extends Error {}

const USAGE = `usage: bench-gas [--check | --update] [--app <slug>]… [--points 1,10,100] [--tolerance <percent>]
                 [--contract <slug>=<dir with <ContractName>.nef and .manifest.json>] [--snapshots <dir>] [--out <file>] [--probe-limit]`;

/** The command line of `npm run bench:gas[:check|:update]`, checked before any chain starts. */
export function parseBenchGasArgs(argv: readonly string[]): BenchGasOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      check: { type: "boolean", default: false },
      update: { type: "boolean", default: false },
      app: { type: "string", multiple: true },
      points: { type: "string" },
      tolerance: { type: "string", default: "1" },
      contract: { type: "string", multiple: true },
      snapshots: { type: "string" },
      out: { type: "string" },
      "probe-limit": { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.check && values.update) throw new UsageError(`--check and --update exclude each other\n${USAGE}`);
  const mode: BenchGasMode = values.check ? "check" : values.update ? "update" : "sweep";
  const apps = values.app ?? [...GAS_PAIRS.keys()];
  for (const a of apps) if (!GAS_PAIRS.has(a)) throw new UsageError(`no GAS pairs for app "${a}"; known: ${[...GAS_PAIRS.keys()].join(", ")}`);
  const points = values.points?.split(",").map((s) => Number(s.trim()));
  if (points?.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError(`--points takes positive integers, e.g. 1,100 (got "${values.points}")`);
  if (points && mode === "update") throw new UsageError("--update rewrites the whole baseline: run it without --points");
  const tolerance = Number(values.tolerance);
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new UsageError(`--tolerance takes a percentage ≥ 0 (got "${values.tolerance}")`);
  const appFiles = new Map<string, ContractFiles>();
  for (const spec of values.contract ?? []) {
    const [slug, dir] = spec.split("=", 2);
    const entry = slug ? appBySlug(slug) : undefined;
    if (!entry || !dir) throw new UsageError(`--contract takes <slug>=<dir> (got "${spec}")`);
    appFiles.set(entry.slug, loadContractFiles(join(dir, `${entry.contractName}.nef`), join(dir, `${entry.contractName}.manifest.json`)));
  }
  return {
    mode, apps, ...(points ? { points } : {}), toleranceBps: Math.round(tolerance * 100), appFiles,
    snapshotDir: values.snapshots ?? SNAPSHOT_DIR, ...(values.out ? { outFile: values.out } : {}), probeLimit: values["probe-limit"],
  };
}
