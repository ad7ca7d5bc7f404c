import { existsSync, mkdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "../config/usage-error.js";

/**
 * Makes sure `dir` exists (creating what is missing) and that a file can be written in it, or
 * throws a UsageError naming `option` (exit 2) — before a run starts, never after it.
 *
 * Each missing level is made with a plain mkdir: Node's recursive mkdirSync spins for ever on a
 * path under /proc (it keeps retrying the parent), blocking the event loop and hence SIGTERM.
 * With `create: false` nothing is made: the nearest existing ancestor must be a writable folder
 * (fixtures/failures/ is created only when a failure is saved). With `test: false` no file is
 * written (the end of a run: a full disk then is no usage error but the report's own write error).
 */
export function ensureWritableDir(dir: string, option: string, create = true, test = true): string {
  const target = resolve(dir);
  const missing: string[] = [];
  let existing = target;
  while (!existsSync(existing)) {
    missing.unshift(existing);
    const up = dirname(existing);
    if (up === existing) break;
    existing = up;
  }
  const refuse = (why: string): never => {
    throw new UsageError("OUTPUT_UNWRITABLE", `${option} ${dir}: ${why}`, `choose a folder you can write to (${option} <dir>)`);
  };
  if (!statSync(existing).isDirectory()) refuse(`${existing} is not a folder`);
  if (!create) return probe(missing.length > 0 ? existing : target, refuse) && target;
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (e) {
      refuse(`cannot create ${level} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  if (test) probe(target, refuse);
  return target;
}

/** Writes and removes a small file in `dir`. */
function probe(dir: string, refuse: (why: string) => never): true {
  const file = join(dir, `.miniapp-verify-write-test-${process.pid}`);
  try {
    writeFileSync(file, "ok");
    unlinkSync(file);
  } catch (e) {
    refuse(`cannot write in ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return true;
}
