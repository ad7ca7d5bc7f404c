import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadContractFiles, type ContractFiles } from "../../neo-express/driver/contract-files.js";

const CONTRACTS = fileURLToPath(new URL("../../contracts/", import.meta.url));
const COMPILER = fileURLToPath(new URL("../../build/compiler/MiniApp.Compiler.dll", import.meta.url));

export interface Patch {
  /** Path under contracts/, e.g. `DoomsdayClock/MiniAppDoomsdayClock.Round.cs`. */
  readonly file: string;
  readonly from: string;
  readonly to: string;
}

/**
 * A deliberately changed copy of one of our contracts, compiled by the project's compiler: the
 * contract folder, the DevPack and Contract.props copied to a temp folder, each patch applied
 * (it must match exactly once), then compiled. Tests use it to show that a property fails on a
 * broken contract.
 */
export function compileVariant(project: string, contractName: string, patches: readonly Patch[]): ContractFiles {
  if (!existsSync(COMPILER)) throw new Error("build the compiler first: npm run build:contracts");
  const root = mkdtempSync(join(tmpdir(), "variant-"));
  mkdirSync(join(root, "Platform"), { recursive: true });
  // What a contract project compiles besides its folder: the DevPack (apps) or the platform
  // contracts' shared base (Platform/PlatformContract.cs), and the props.
  for (const part of [project, "DevPack", "Platform/PlatformContract.cs", "Contract.props"]) cpSync(join(CONTRACTS, part), join(root, part), { recursive: true, filter: (p) => !/\/(bin|obj)(\/|$)/.test(p) });
  for (const p of patches) {
    const path = join(root, p.file);
    const text = readFileSync(path, "utf8");
    if (text.split(p.from).length !== 2) throw new Error(`patch of ${p.file} must match exactly once: ${p.from}`);
    writeFileSync(path, text.replace(p.from, p.to));
  }
  const out = join(root, "out");
  const r = spawnSync("dotnet", [COMPILER, join(root, project), "-o", out], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`compiling the variant failed:\n${r.stdout}\n${r.stderr}`);
  return loadContractFiles(join(out, `${contractName}.nef`), join(out, `${contractName}.manifest.json`));
}
