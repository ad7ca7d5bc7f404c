import { existsSync, readFileSync } from "node:fs";
import { sc } from "@cityofzion/neon-core";
import { HarnessError } from "../harness-error.js";

export interface ContractFiles {
  readonly nef: Uint8Array;
  readonly manifest: string;
  /** The NEF checksum: part of a deployed contract's hash, and of a failure's fingerprint. */
  readonly checksum: number;
  readonly name: string;
}

/**
 * Loads any NEF + manifest pair (ours, or built by the official nccs): the NEF is parsed and its
 * checksum verified by neon-core before anything is sent to a chain.
 */
export function loadContractFiles(nefPath: string, manifestPath: string): ContractFiles {
  for (const [path, what] of [[nefPath, "NEF"], [manifestPath, "manifest"]] as const) {
    if (!existsSync(path)) {
      throw new HarnessError("NEF_MISSING", `the ${what} file ${path} does not exist`,
        "build the contracts (`npm run build:contracts`) or fix the path in your config");
    }
  }
  const bytes = readFileSync(nefPath);
  let nef: sc.NEF;
  try {
    nef = sc.NEF.fromBuffer(bytes);
  } catch (e) {
    throw new HarnessError("NEF_MISSING", `${nefPath} is not a valid NEF file: ${(e as Error).message}`, "rebuild it; a NEF starts with the magic NEF3 and ends with its checksum");
  }
  const manifest = readFileSync(manifestPath, "utf8");
  let name: string;
  try {
    name = (JSON.parse(manifest) as { name: string }).name;
  } catch (e) {
    throw new HarnessError("NEF_MISSING", `${manifestPath} is not JSON: ${(e as Error).message}`, "rebuild the contract's manifest");
  }
  return { nef: new Uint8Array(bytes), manifest, checksum: nef.checksum, name };
}

/** Contracts by manifest name → NEF checksum: what a failure's fingerprint and a GAS baseline record of the NEFs they ran on. */
export function nefChecksums(files: readonly ContractFiles[]): Record<string, number> {
  return Object.fromEntries(files.map((f) => [f.name, f.checksum]));
}
