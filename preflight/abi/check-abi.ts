import { existsSync, readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../../config/usage-error.js";
import { zodIssues } from "../../config/zod-issues.js";
import { compareAbi } from "./compare-abi.js";
import { ManifestAbiSchema } from "./manifest-abi.js";
import { SpecAbiSchema, type SpecAbi } from "./spec-abi.js";

const SPEC_ABI_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "spec-abi");

/** Whether the spec has an ABI for `slug` (the probe apps, made to test base classes, have none). */
function hasSpecAbi(slug: string): boolean {
  return existsSync(join(SPEC_ABI_DIR, `${slug}.json`));
}

/** The committed spec ABI of an app or platform contract (fixtures/spec-abi/<slug>.json). */
function loadSpecAbi(slug: string): SpecAbi {
  const path = join(SPEC_ABI_DIR, `${slug}.json`);
  if (!existsSync(path)) throw new Error(`no spec ABI for "${slug}" (${path}); run \`npx tsx scripts/extract-spec-abi.ts\``);
  return SpecAbiSchema.parse(JSON.parse(readFileSync(path, "utf8")));
}

/**
 * Before a run: the manifest's ABI must be the spec's. Every problem is listed in one error
 * (exit 2), so a contract author fixes them in one pass instead of meeting them as FAULTs.
 */
function checkAbi(manifestText: string, manifestPath: string, spec: SpecAbi): void {
  let data: unknown;
  try {
    data = JSON.parse(manifestText);
  } catch (e) {
    throw new UsageError("ABI_MISMATCH", `${manifestPath} is not JSON: ${(e as Error).message}`, "point the config at the contract's .manifest.json");
  }
  const manifest = ManifestAbiSchema.safeParse(data);
  if (!manifest.success) throw new UsageError("ABI_MISMATCH", `${manifestPath} is not a contract manifest:\n${zodIssues(manifest.error)}`, "point the config at the contract's .manifest.json");
  const problems = compareAbi(manifest.data, spec);
  if (manifest.data.name !== spec.contract) problems.unshift({ kind: "unexpected-method", name: manifest.data.name, message: `the manifest names the contract ${manifest.data.name}, the spec ${spec.contract}` });
  if (problems.length) {
    throw new UsageError("ABI_MISMATCH",
      `${spec.contract} (${manifestPath}) does not have the spec's ABI; ${problems.length} problem${problems.length > 1 ? "s" : ""}:\n${problems.map((p) => `  - ${p.message}`).join("\n")}`,
      `make the contract's public methods and events match ../shared/spec (${spec.slug}.md and devpack.md for ${spec.base ?? "its table"})`);
  }
}

export { checkAbi, hasSpecAbi, loadSpecAbi, SPEC_ABI_DIR };
