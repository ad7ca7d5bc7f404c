import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { FeePolicy } from "../../neo-express/driver/fee-policy.js";
import { complexityFit } from "./complexity-fit.js";
import type { MeasuredPair } from "./measured-pair.js";
import { stableJson } from "./stable-json.js";

/** Where the committed baselines live: one file per app, `<slug>.json`. */
export const SNAPSHOT_DIR = fileURLToPath(new URL("../snapshots/", import.meta.url));

/**
 * The committed GAS baseline of one app. `gas` maps `<manifest method>/n=<n>` to the total a user
 * pays (datoshi, decimal string); `classes` maps each method to its fitted class. The fee policy
 * it was measured under is part of it: figures under another policy are not comparable.
 */
export const GasSnapshotSchema = z.strictObject({
  app: z.string(),
  feePolicy: z.strictObject({ execFeeFactor: z.string(), feePerByte: z.string(), storagePrice: z.string() }),
  classes: z.record(z.string(), z.enum(["constant", "linear"])),
  gas: z.record(z.string(), z.string().regex(/^\d+$/)),
});
export type GasSnapshot = z.infer<typeof GasSnapshotSchema>;

export function snapshotKey(method: string, n: number): string {
  return `${method}/n=${n}`;
}

/** The snapshot of one app's measured pairs. */
export function toSnapshot(app: string, pairs: readonly MeasuredPair[], policy: FeePolicy): GasSnapshot {
  const classes: Record<string, "constant" | "linear"> = {};
  const gas: Record<string, string> = {};
  for (const { plan, hybrid, deprecated } of pairs.filter((p) => p.plan.app === app)) {
    for (const [method, series] of [[plan.hybrid, hybrid], [plan.deprecated, deprecated]] as const) {
      classes[method] = complexityFit(series, policy).class;
      for (const p of series) gas[snapshotKey(method, p.n)] = p.total.toString();
    }
  }
  return {
    app,
    feePolicy: { execFeeFactor: policy.execFeeFactor.toString(), feePerByte: policy.feePerByte.toString(), storagePrice: policy.storagePrice.toString() },
    classes,
    gas,
  };
}

export function snapshotPath(app: string, dir = SNAPSHOT_DIR): string {
  return join(dir, `${app}.json`);
}

/** The committed snapshot, or undefined when the app has none yet. */
export function readSnapshot(app: string, dir = SNAPSHOT_DIR): GasSnapshot | undefined {
  const path = snapshotPath(app, dir);
  if (!existsSync(path)) return undefined;
  return GasSnapshotSchema.parse(JSON.parse(readFileSync(path, "utf8")));
}

/** Rewrites the snapshot, keys sorted. Only the update mode calls this. */
export function writeSnapshot(snapshot: GasSnapshot, dir = SNAPSHOT_DIR): string {
  const path = snapshotPath(snapshot.app, dir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, stableJson(snapshot));
  return path;
}
