import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadContractFiles, type ContractFiles } from "../../neo-express/driver/contract-files.js";
import type { ResolvedContract } from "../../config/load-config.js";
import { UsageError } from "../../config/usage-error.js";

const COMPILER = fileURLToPath(new URL("../../build/compiler/MiniApp.Compiler.dll", import.meta.url));

/** The NEF and manifest of a contract under test; a csproj is compiled by the project's compiler first. */
export function resolveContractFiles(c: ResolvedContract, contractName: string): { files: ContractFiles; nefPath: string } {
  if (c.kind === "files") return { files: loadContractFiles(c.nef, c.manifest), nefPath: c.nef };
  const out = mkdtempSync(join(tmpdir(), "miniapp-csproj-"));
  const r = spawnSync("dotnet", [COMPILER, c.csproj, "-o", out], { encoding: "utf8" });
  if (r.status !== 0) {
    throw new UsageError("CONTRACT_COMPILE_FAILED", `compiling ${c.csproj} failed:\n${r.stdout}${r.stderr}`, "fix the errors above (file(line,col): error CODE: message)");
  }
  const nef = join(out, `${contractName}.nef`);
  return { files: loadContractFiles(nef, join(out, `${contractName}.manifest.json`)), nefPath: nef };
}
