import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { contractProjects } from "../scripts/nccs-project.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const COMPILER = join(ROOT, "build", "compiler", "MiniApp.Compiler.dll");

/**
 * Every contract of the project built a second time, differing only in code generation: the
 * compiler's `--plain-conditions` variant (a comparison in a condition as its value, then
 * JMPIF/JMPIFNOT, as nccs 3.5.0 emits it). Same sources, same meaning, other NEFs and more GAS:
 * what another team's build of the same contracts looks like to the GAS gate. Returns the folder
 * holding `<Name>.nef` and `<Name>.manifest.json` for each contract.
 */
export async function buildPlainConditions(): Promise<string> {
  if (!existsSync(COMPILER)) throw new Error(`${COMPILER} is missing: run npm run build:contracts first`);
  const out = mkdtempSync(join(tmpdir(), "plain-conditions-"));
  const projects = contractProjects(join(ROOT, "contracts")).map((p) => relative(ROOT, join(p, "..")));
  await promisify(execFile)("dotnet", [COMPILER, ...projects, "-o", out, "--plain-conditions"], { cwd: ROOT });
  return out;
}
