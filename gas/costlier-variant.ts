import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { loadContractFiles, type ContractFiles } from "../neo-express/driver/contract-files.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const COMPILER = join(ROOT, "build", "compiler", "MiniApp.Compiler.dll");
const HYBRID_FILE = "MiniAppDoomsdayClock.Hybrid.cs";
const LINE = "BigInteger cost = KeyCost(keyCount, r.TotalKeys);";
/** The same cost, plus the deprecated O(n) loop whose result is thrown away: buyKeysWithCost becomes O(n). */
const COSTLIER = "BigInteger cost = KeyCost(keyCount, r.TotalKeys) + KeyCostLoop(keyCount, r.TotalKeys) * 0;";

/**
 * A DoomsdayClock that is deliberately more expensive: contracts/DoomsdayClock and DevPack copied
 * into a temporary folder, one line of buyKeysWithCost patched, compiled with the project's
 * compiler (`npm run build:contracts` builds it). The GAS check must refuse it.
 */
export async function compileCostlierDoomsdayClock(): Promise<{ files: ContractFiles; dir: string; remove(): void }> {
  if (!existsSync(COMPILER)) throw new Error(`${COMPILER} is missing: run npm run build:contracts first`);
  const dir = mkdtempSync(join(tmpdir(), "gas-costlier-"));
  const src = join(dir, "src");
  const skip = (path: string) => !/[\\/](bin|obj)$/.test(path);
  cpSync(join(ROOT, "contracts", "DoomsdayClock"), join(src, "DoomsdayClock"), { recursive: true, filter: skip });
  cpSync(join(ROOT, "contracts", "DevPack"), join(src, "DevPack"), { recursive: true, filter: skip });
  cpSync(join(ROOT, "contracts", "Contract.props"), join(src, "Contract.props"));
  const hybrid = join(src, "DoomsdayClock", HYBRID_FILE);
  const text = readFileSync(hybrid, "utf8");
  if (text.split(LINE).length !== 2) throw new Error(`${HYBRID_FILE} no longer has exactly one "${LINE}": update the costlier variant's patch`);
  writeFileSync(hybrid, text.replace(LINE, COSTLIER));
  const out = join(dir, "out");
  await promisify(execFile)("dotnet", [COMPILER, join(src, "DoomsdayClock"), "-o", out], { cwd: ROOT });
  return {
    files: loadContractFiles(join(out, "MiniAppDoomsdayClock.nef"), join(out, "MiniAppDoomsdayClock.manifest.json")),
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
