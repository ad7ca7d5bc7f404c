import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "@noble/hashes/sha2.js";

const SIMULATOR = fileURLToPath(new URL("../../simulator/", import.meta.url));

/**
 * The model's version: SHA-256 over its source files (runtime, bases, platform, and the app's
 * folder), names and contents, so any change to the model makes saved failures stale.
 */
export function modelVersion(app: string): string {
  const files = ["runtime", "bases", "platform", "tee", join("apps", app)].flatMap((d) => listTs(join(SIMULATOR, d))).sort();
  const h = sha256.create();
  for (const f of files) {
    h.update(Buffer.from(relative(SIMULATOR, f) + "\0", "utf8"));
    h.update(readFileSync(f));
  }
  return Buffer.from(h.digest()).toString("hex");
}

function listTs(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e);
    if (statSync(path).isDirectory()) return listTs(path);
    return e.endsWith(".ts") && !e.endsWith(".test.ts") ? [path] : [];
  });
}
