import type { Hex } from "./hex.js";

/**
 * bytes(n) of spec README §3: minimal two's-complement little-endian, as NeoVM converts an
 * Integer to a ByteString; 0 is the empty string. Also the payload of a serialized Integer.
 * Built from the bigint's own hex form (one conversion, no per-byte bigint arithmetic).
 */
export function bytesOfInt(n: bigint): Hex {
  if (n === 0n) return "";
  const width = intByteLength(n);
  const be = BigInt.asUintN(width * 8, n).toString(16).padStart(width * 2, "0");
  return reverseBytes(be);
}

/** The length of bytes(n): the fewest bytes whose two's complement holds n (0 for 0). */
export function intByteLength(n: bigint): number {
  if (n === 0n) return 0;
  // A non-negative n needs its bits plus a clear sign bit; a negative n those of ~n (= -n-1).
  const magnitude = n > 0n ? n : -n - 1n;
  const digits = magnitude.toString(16);
  const bits = (digits.length - 1) * 4 + (32 - Math.clz32(parseInt(digits[0]!, 16)));
  return (bits >> 3) + 1;
}

/** The Integer a ByteString converts to (NeoVM `CONVERT`): signed little-endian, empty → 0. */
export function intOfBytes(hex: Hex): bigint {
  if (hex.length === 0) return 0n;
  return BigInt.asIntN(hex.length * 4, BigInt("0x" + reverseBytes(hex)));
}

/** The bytes of `hex` in reverse order (little-endian ↔ big-endian). */
export function reverseBytes(hex: Hex): Hex {
  let out = "";
  for (let i = hex.length - 2; i >= 0; i -= 2) out += hex[i]! + hex[i + 1]!;
  return out;
}
