// neo-gacha.md "Selection model": roll, the O(1) range check and the loop selection over a list of
// weights, pure, shared by the contract model, the frontend and the TEE script select-item.
import { H } from "../../runtime/hash.js";
import type { Hex } from "../../runtime/hex.js";
import { rand } from "../../runtime/rand.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

/** roll(x, W) = rand(H(x)) mod W (W > 0). */
export const roll = (x: Hex, totalWeight: bigint): bigint => rand(H(x)) % totalWeight;

/** C ≤ roll(x, W) < C + w. */
export function inRange(x: Hex, totalWeight: bigint, cumulativeBefore: bigint, weight: bigint): boolean {
  const r = roll(x, totalWeight);
  return cumulativeBefore <= r && r < cumulativeBefore + weight;
}

/**
 * An input x whose roll selects item `index` (1-based) of `weights`: the first of bytes(1), bytes(2), …
 * that does. The harness forces RNG results with it (README G10: LOOPSEL's worst case is the last
 * item; platform.md §4).
 */
export function inputSelecting(weights: readonly bigint[], index: bigint): Hex {
  const total = weights.reduce((a, b) => a + b, 0n);
  const before = weights.slice(0, Number(index) - 1).reduce((a, b) => a + b, 0n);
  const w = weights[Number(index) - 1];
  if (total === 0n || w === undefined || w === 0n) throw new Error(`no input selects item ${index} of [${weights.join(",")}]`);
  for (let i = 1n; ; i++) {
    const x = bytesOfInt(i);
    if (inRange(x, total, before, w)) return x;
  }
}
