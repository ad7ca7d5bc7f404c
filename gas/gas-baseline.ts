import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../config/usage-error.js";
import { readSnapshotFile, type AppGasSnapshot } from "./gas-snapshot.js";

/** Where this project's baselines of its own builds live: one file per app, `<slug>.json`. */
export const PROJECT_SNAPSHOT_DIR = fileURLToPath(new URL("./snapshots/", import.meta.url));

/**
 * Where the GAS figures of the contracts under test are compared from (and written to by
 * `bench --update`). The baseline belongs to the contracts it was measured on, as Foundry's
 * `.gas-snapshot` does:
 * - `file`: named by the config's `gas.snapshot` or `--gas-snapshot`: one file for every app;
 * - `project`: the contracts under test are all this project's builds, so this project's own
 *   committed baselines apply (gas/snapshots/<slug>.json);
 * - `none`: another project's contracts and no snapshot named: every pair is still measured and
 *   G10's shape checked, but no figure is compared (the report says so).
 */
export type GasBaseline =
  | { readonly kind: "file"; readonly file: string }
  | { readonly kind: "project"; readonly dir: string }
  | { readonly kind: "none"; readonly reason: string };

/** The baseline of a run: the named file, else the project's own when every contract is the project's build, else none. */
export function gasBaseline(named: string | undefined, allProjectBuilds: boolean): GasBaseline {
  if (named) return { kind: "file", file: named };
  if (allProjectBuilds) return { kind: "project", dir: PROJECT_SNAPSHOT_DIR };
  return { kind: "none", reason: "the contracts under test are not this project's builds and no GAS snapshot is named (config \"gas.snapshot\" or --gas-snapshot)" };
}

/** The file that holds an app's baseline, or undefined when there is none. */
export function baselineFile(b: GasBaseline, app: string): string | undefined {
  return b.kind === "file" ? b.file : b.kind === "project" ? join(b.dir, `${app}.json`) : undefined;
}

/** A named snapshot must exist and be readable before a check starts a chain: else exit 2, naming it. */
export function requireNamedSnapshot(b: GasBaseline): void {
  if (b.kind !== "file") return;
  if (!existsSync(b.file)) {
    throw new UsageError("GAS_SNAPSHOT_MISSING", `the GAS snapshot ${b.file} does not exist`,
      "create it once with `miniapp-verify bench --update` (same config) and commit it, or fix the path in the config's \"gas.snapshot\" / --gas-snapshot");
  }
  readSnapshotFile(b.file);
}

/** An app's baseline and where it was read from, or the reason there is none. */
export function readBaseline(b: GasBaseline, app: string): { readonly snapshot?: AppGasSnapshot; readonly describe: string } {
  const file = baselineFile(b, app);
  if (!file) return { describe: `no baseline: ${(b as { reason: string }).reason}` };
  const snapshot = readSnapshotFile(file)?.apps[app];
  return snapshot ? { snapshot, describe: `baseline ${file}` } : { describe: `no baseline for ${app} in ${file}` };
}
