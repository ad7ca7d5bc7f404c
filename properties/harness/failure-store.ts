import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { UsageError } from "../../config/usage-error.js";
import { zodIssues } from "../../config/zod-issues.js";

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

/**
 * Only a replayable failure is saved or loaded: a fast-check path (`3:0:1`), at least one
 * command that ran, and a message (a run cut short or a broken setup yields none of these).
 */
export const SavedFailureSchema = z.strictObject({
  app: z.string().min(1),
  property: z.string().min(1),
  seed: z.number().int(),
  path: z.string().regex(/^\d+(:\d+)*$/, "a fast-check path such as 3:0:1"),
  replayPath: z.string().optional(),
  /** The flexible steps' delays of a failure found while sharing blocks (RunOptions.times). */
  times: z.string().regex(/^\d+(,\d+)*$/, "comma-separated delays in ms").optional(),
  commands: z.array(z.string().min(1)).min(1),
  message: z.string().min(1).refine((m) => m !== "null" && m !== "undefined", "the failure's message"),
  fingerprint: FingerprintSchema,
  savedAt: z.string(),
});

export type Fingerprint = z.infer<typeof FingerprintSchema>;
export type SavedFailure = z.infer<typeof SavedFailureSchema>;

export const FAILURES_DIR = fileURLToPath(new URL("../../fixtures/failures/", import.meta.url));

export function failurePath(app: string, property: string, dir = FAILURES_DIR): string {
  return join(dir, app, `${property}.json`);
}

/** Saves a failure; one that could not be replayed (see SavedFailureSchema) is refused, never written. */
export function saveFailure(failure: SavedFailure, dir = FAILURES_DIR): string | undefined {
  if (!SavedFailureSchema.safeParse(failure).success) return undefined;
  const path = failurePath(failure.app, failure.property, dir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(failure, null, 2) + "\n");
  return path;
}

export function loadFailures(app: string, dir = FAILURES_DIR): SavedFailure[] {
  const folder = join(dir, app);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => f.endsWith(".json")).sort().map((f) => readSavedFailure(join(folder, f)));
}

/** One saved failure, checked: unreadable, not JSON or not a replayable failure is a usage error (exit 2) naming the file. */
export function readSavedFailure(file: string): SavedFailure {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError("FAILURE_INVALID", `cannot read the saved failure ${file}: ${(e as Error).message}`, "pass a file from fixtures/failures/<app>/, or delete the broken one");
  }
  const parsed = SavedFailureSchema.safeParse(data);
  if (!parsed.success) {
    throw new UsageError("FAILURE_INVALID", `${file} is not a replayable saved failure:\n${zodIssues(parsed.error)}`, "delete it (a run saves failures itself), or restore it from git");
  }
  return parsed.data;
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
