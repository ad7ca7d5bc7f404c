import { u } from "@cityofzion/neon-core";
import { sha256 } from "@noble/hashes/sha2.js";

/**
 * Neo's merkle root over transaction hashes (little-endian hex): none → 32 zero bytes, one → that
 * hash, otherwise pairwise Hash256 (double SHA-256) of left ‖ right, an odd last node paired with
 * itself, up to the root.
 */
export function merkleRootLe(txHashesLe: readonly string[]): string {
  if (txHashesLe.length === 0) return "00".repeat(32);
  let level = txHashesLe.map((h) => u.hexstring2ab(h));
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i]!;
      const right = level[i + 1] ?? left;
      const joined = new Uint8Array(64);
      joined.set(left, 0);
      joined.set(right, 32);
      next.push(sha256(sha256(joined)));
    }
    level = next;
  }
  return u.ab2hexstring(level[0]!);
}
