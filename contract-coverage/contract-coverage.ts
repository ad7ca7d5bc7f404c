import type { ContractFiles } from "../neo-express/driver/contract-files.js";
import { contractStructure } from "./contract-structure.js";
import type { ContractCoverage } from "./coverage-schema.js";
import { debugInfoPathOf, readDebugInfo } from "./debug-info.js";
import { mergeHits, type RawCoverage } from "./raw-coverage.js";

/**
 * One contract under test's coverage for run.json: its structure (from the NEF, the manifest and
 * the debug info beside the NEF, if any) and the hits the engines counted for its NEF checksum.
 * A contract that never ran still appears, with no hits.
 */
export function contractCoverage(files: ContractFiles, nefPath: string, counted: readonly RawCoverage[]): ContractCoverage {
  const debug = readDebugInfo(debugInfoPathOf(nefPath));
  return {
    contract: files.name,
    nefChecksum: files.checksum,
    source: debug ? "debug-info" : "instructions",
    structure: contractStructure(files.nef, files.manifest, debug),
    hits: mergeHits(counted.filter((c) => c.checksum === files.checksum)),
  };
}
