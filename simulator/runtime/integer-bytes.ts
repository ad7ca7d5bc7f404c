import type { Hex } from "./hex.js";

/**
 * bytes(n) of spec README §3: minimal two's-complement little-endian, as NeoVM converts an
 * Integer to a ByteString; 0 is the empty string. Also the payload of a serialized Integer.
 */
export function bytesOfInt(n: bigint): Hex {
  if (n === 0n) return "";
  const out: number[] = [];
  let v = n;
  // Emit bytes until the rest is pure sign extension of the last byte's top bit.
  for (;;) {
    const byte = Number(BigInt.asUintN(8, v));
    out.push(byte);
    v >>= 8n;
    const signBit = (byte & 0x80) !== 0;
    if ((v === 0n && !signBit) || (v === -1n && signBit)) break;
  }
  return Buffer.from(out).toString("hex");
}

/** The Integer a ByteString converts to (NeoVM `CONVERT`): signed little-endian, empty → 0. */
export function intOfBytes(hex: Hex): bigint {
  if (hex.length === 0) return 0n;
  const bytes = Buffer.from(hex, "hex");
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return BigInt.asIntN(bytes.length * 8, v);
}
