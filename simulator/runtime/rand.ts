import { bytesOfHex, type Hex } from "./hex.js";

/**
 * rand(h) of spec README §4: the unsigned little-endian integer of the first 31 bytes of a
 * 32-byte hash (31 so that the contract's 32-byte BigInteger is never negative).
 */
export function rand(h: Hex): bigint {
  const bytes = bytesOfHex(h);
  if (bytes.length < 31) throw new Error(`rand needs at least 31 bytes, got ${bytes.length}`);
  let v = 0n;
  for (let i = 30; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return v;
}

/** beN(h, k) of spec README §4: the big-endian unsigned integer of the first k ≤ 8 bytes. */
export function beN(h: Hex, k: number): bigint {
  const bytes = bytesOfHex(h);
  if (k > 8 || k > bytes.length || k < 0) throw new Error(`beN: k = ${k} outside 0..min(8, ${bytes.length})`);
  let v = 0n;
  for (let i = 0; i < k; i++) v = v * 256n + BigInt(bytes[i]!);
  return v;
}
