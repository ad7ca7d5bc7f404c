import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import type { FeePolicy } from "../neo-express/driver/fee-policy.js";
import { readJsonFile } from "../config/read-json-file.js";
import { complexityFit } from "./complexity-fit.js";
import type { MeasuredPair } from "./measured-pair.js";
import { stableJson } from "./stable-json.js";

/**
 * The GAS baseline of one app, measured on particular contracts: `gas` maps `<manifest method>/n=<n>`
 * to the total a user pays (datoshi, decimal string); `classes` maps each method to its fitted
 * class; `contracts` maps each contract the figures were measured on (the app and the platform
 * contracts it calls) to its NEF checksum, so a check against other NEFs can say which changed.
 * The fee policy is part of it: figures under another policy are not comparable.
 */
export const AppGasSnapshotSchema = z.strictObject({
  contracts: z.record(z.string(), z.number().int()),
  feePolicy: z.strictObject({ execFeeFactor: z.string(), feePerByte: z.string(), storagePrice: z.string() }),
  classes: z.record(z.string(), z.enum(["constant", "linear"])),
  gas: z.record(z.string(), z.string().regex(/^\d+$/)),
});
export type AppGasSnapshot = z.infer<typeof AppGasSnapshotSchema>;

/**
 * A snapshot file: the baselines of any number of apps by slug, keys sorted at every level. A
 * contract repository keeps one (its `.gas-snapshot`, named by the config's `gas.snapshot`); this
 * project keeps one per app for its own builds (gas/snapshots/<slug>.json), so app issues never
 * touch the same file.
 */
export const GasSnapshotFileSchema = z.strictObject({ apps: z.record(z.string(), AppGasSnapshotSchema) });
export type GasSnapshotFile = z.infer<typeof GasSnapshotFileSchema>;

export function snapshotKey(method: string, n: number): string {
  return `${method}/n=${n}`;
}

/** The snapshot of one app's measured pairs, with the NEF checksums of the contracts measured. */
export function toSnapshot(app: string, pairs: readonly MeasuredPair[], policy: FeePolicy, contracts: Readonly<Record<string, number>>): AppGasSnapshot {
  const classes: Record<string, "constant" | "linear"> = {};
  const gas: Record<string, string> = {};
  for (const { plan, hybrid, deprecated } of pairs.filter((p) => p.plan.app === app)) {
    for (const [method, series] of [[plan.hybrid, hybrid], [plan.deprecated, deprecated]] as const) {
      classes[method] = complexityFit(series, policy).class;
      for (const p of series) gas[snapshotKey(method, p.n)] = p.total.toString();
    }
  }
  return {
    contracts: { ...contracts },
    feePolicy: { execFeeFactor: policy.execFeeFactor.toString(), feePerByte: policy.feePerByte.toString(), storagePrice: policy.storagePrice.toString() },
    classes,
    gas,
  };
}

/** A snapshot file, or undefined when it does not exist; an unreadable one is a usage error naming it. */
export function readSnapshotFile(path: string): GasSnapshotFile | undefined {
  if (!existsSync(path)) return undefined;
  const fix = "rewrite it with `miniapp-verify bench --update`";
  return readJsonFile(path, GasSnapshotFileSchema, { code: "GAS_SNAPSHOT_INVALID", what: `the GAS snapshot ${path}`, invalid: "has errors", fixSyntax: fix, fixFields: fix });
}

/** Writes the apps' baselines into the file, keeping any other app's section in it. Only `bench --update` calls this. */
export function writeSnapshots(path: string, apps: Readonly<Record<string, AppGasSnapshot>>): string {
  const kept = readSnapshotFile(path)?.apps ?? {};
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, stableJson({ apps: { ...kept, ...apps } }));
  return path;
}
