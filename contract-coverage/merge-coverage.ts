import type { ContractCoverage } from "./coverage-schema.js";
import { mergeHits } from "./raw-coverage.js";

/**
 * The coverage of several runs (shards) of the same contracts: per NEF checksum, one structure
 * and the hits added up. Contracts only one shard saw are kept as they are.
 */
export function mergeCoverage(runs: readonly (readonly ContractCoverage[])[]): ContractCoverage[] {
  const byChecksum = new Map<number, ContractCoverage[]>();
  for (const c of runs.flat()) byChecksum.set(c.nefChecksum, [...(byChecksum.get(c.nefChecksum) ?? []), c]);
  return [...byChecksum.values()].map((same) => ({ ...same[0]!, hits: mergeHits(same.map((c) => c.hits)) }))
    .sort((a, b) => a.contract.localeCompare(b.contract));
}
