import { sha256 } from "@noble/hashes/sha2.js";

/**
 * Hex to base64 by Node's Buffer: neon's `u.hex2base64` goes through crypto-js word arrays, a
 * tenth of the harness's CPU per neo-express step when every script, block and read went
 * through it (issue #16, stop 19 profile).
 */
export function hexToBase64(hex: string): string {
  return Buffer.from(hex, "hex").toString("base64");
}

/** SHA-256 of hex bytes, as hex, by @noble/hashes (neon's goes through crypto-js word arrays). */
export function sha256Hex(hex: string): string {
  return Buffer.from(sha256(Buffer.from(hex, "hex"))).toString("hex");
}
