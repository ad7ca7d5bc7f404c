/** What an engine host counted for one contract (the `coverage` op), before it is mapped. */
export interface RawCoverage {
  readonly name: string;
  readonly checksum: number;
  readonly instructions: readonly (readonly [number, number])[];
  readonly branches: readonly (readonly [number, number, number])[];
}

/** Counts of the same NEF (checksum) from several engines or shards, added up. */
export function mergeHits<T extends { readonly instructions: readonly (readonly [number, number])[]; readonly branches: readonly (readonly [number, number, number])[] }>(all: readonly T[]): { instructions: [number, number][]; branches: [number, number, number][] } {
  const hits = new Map<number, number>();
  const branches = new Map<number, [number, number]>();
  for (const c of all) {
    for (const [ip, n] of c.instructions) hits.set(ip, (hits.get(ip) ?? 0) + n);
    for (const [ip, t, f] of c.branches) {
      const b = branches.get(ip) ?? [0, 0];
      branches.set(ip, [b[0] + t, b[1] + f]);
    }
  }
  return {
    instructions: [...hits].sort((a, b) => a[0] - b[0]),
    branches: [...branches].sort((a, b) => a[0] - b[0]).map(([ip, [t, f]]) => [ip, t, f]),
  };
}
