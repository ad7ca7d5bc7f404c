import { p256 } from "@noble/curves/nist.js";

/**
 * Neo's signature: ECDSA on secp256r1 over SHA-256 of the sign data (network magic ‖ hash),
 * 64 bytes r ‖ s. On @noble/curves (RFC 6979 nonces, so signatures are reproducible): it is
 * several times faster than neon-core's pure-JS elliptic, and a run signs every step twice
 * (transaction and block). neon-core's `wallet.verify` checks it in sign.test.ts.
 */
export function signHex(signDataHex: string, privateKeyHex: string): string {
  const signature = p256.sign(Buffer.from(signDataHex, "hex"), Buffer.from(privateKeyHex, "hex"), { prehash: true, lowS: false });
  return Buffer.from(signature).toString("hex");
}
