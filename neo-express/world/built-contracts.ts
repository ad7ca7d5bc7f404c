import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadContractFiles, type ContractFiles } from "../driver/contract-files.js";

/** Where `npm run build:contracts` puts the project's own contracts. */
export const BUILD_DIR = fileURLToPath(new URL("../../build/contracts/", import.meta.url));

/** A contract built by the project's compiler, by manifest name (e.g. `PaymentHub`). */
export function builtContract(name: string, dir: string = BUILD_DIR): ContractFiles {
  return loadContractFiles(join(dir, `${name}.nef`), join(dir, `${name}.manifest.json`));
}
