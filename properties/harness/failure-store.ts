import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * A failing sequence saved under fixtures/failures/<app>/<property>.json, replayed first on the
 * next run. It keeps what produced it (Foundry's persisted failures): seed and path replay the
 * exact generated sequence only under the same generator settings, contract and model, so the
 * fingerprint says which; a stale failure is skipped loudly, naming what changed.
 */
export const FingerprintSchema = z.strictObject({
  /** NEF checksums of the contracts under test, by manifest name. */
  nefChecksums: z.record(z.string(), z.number().int()),
  /** SHA-256 over the model's source files (see model-version.ts). */
  modelVersion: z.string(),
  /** Generator settings: everything that changes what a seed generates. */
  generator: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});

export const SavedFailureSchema = z.strictObject({
  app: z.string(),
  property: z.string(),
  seed: z.number().int(),
  path: z.string(),
  replayPath: z.string().optional(),
  commands: z.array(z.string()),
  message: z.string(),
  fingerprint: FingerprintSchema,
  savedAt: z.string(),
});

export type Fingerprint = z.infer<typeof FingerprintSchema>;
export type SavedFailure = z.infer<typeof SavedFailureSchema>;

export const FAILURES_DIR = fileURLToPath(new URL("../../fixtures/failures/", import.meta.url));

export function failurePath(app: string, property: string, dir = FAILURES_DIR): string {
  return join(dir, app, `${property}.json`);
}

export function saveFailure(failure: SavedFailure, dir = FAILURES_DIR): string {
  const path = failurePath(failure.app, failure.property, dir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(failure, null, 2) + "\n");
  return path;
}

export function loadFailures(app: string, dir = FAILURES_DIR): SavedFailure[] {
  const folder = join(dir, app);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => f.endsWith(".json")).sort()
    .map((f) => SavedFailureSchema.parse(JSON.parse(readFileSync(join(folder, f), "utf8"))));
}

/** What changed between a saved failure's fingerprint and the current one (empty: it replays). */
export function staleness(saved: Fingerprint, current: Fingerprint): string[] {
  const changes: string[] = [];
  for (const name of new Set([...Object.keys(saved.nefChecksums), ...Object.keys(current.nefChecksums)])) {
    if (saved.nefChecksums[name] !== current.nefChecksums[name]) {
      changes.push(`contract ${name}: NEF checksum ${saved.nefChecksums[name] ?? "none"} → ${current.nefChecksums[name] ?? "none"}`);
    }
  }
  if (saved.modelVersion !== current.modelVersion) changes.push(`model version ${saved.modelVersion.slice(0, 12)} → ${current.modelVersion.slice(0, 12)}`);
  for (const key of new Set([...Object.keys(saved.generator), ...Object.keys(current.generator)])) {
    if (saved.generator[key] !== current.generator[key]) changes.push(`generator ${key}: ${saved.generator[key]} → ${current.generator[key]}`);
  }
  return changes;
}
