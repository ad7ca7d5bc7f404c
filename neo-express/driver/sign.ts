import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from "node:crypto";
import { setBounded } from "./bounded-map.js";

/**
 * Neo's signature: ECDSA on secp256r1 over SHA-256 of the sign data (network magic ‖ hash),
 * 64 bytes r ‖ s, made by Node's crypto (OpenSSL): about 25 µs, where @noble/curves took 0.6 ms
 * and neon-core's elliptic more; a lane-equivalence step signs a transaction and, often alone in
 * it, a block (issue #16: signing was a fifth of the harness's CPU per neo-express step).
 *
 * Decision: the nonce is OpenSSL's random one, not RFC 6979's, as in Neo 3.5's own
 * `Crypto.Sign` (.NET's ECDsa). Nothing the harness compares or replays covers a signature: a
 * transaction's hash is over its unsigned bytes, a block's over its unsigned header, and the
 * invocation script's size (hence the network fee) is the same 66 bytes for every signature
 * (sign.test.ts checks all three).
 */
export function signHex(signDataHex: string, privateKeyHex: string): string {
  return sign("sha256", Buffer.from(signDataHex, "hex"), { key: keyObject(privateKeyHex), dsaEncoding: "ieee-p1363" }).toString("hex");
}

/** The compressed public key (33 bytes, hex) of a secp256r1 private key. */
export function publicKeyHex(privateKeyHex: string): string {
  const spki = createPublicKey(keyObject(privateKeyHex)).export({ format: "der", type: "spki" });
  const point = spki.subarray(spki.length - 65);
  return ((point[64]! & 1) === 0 ? "02" : "03") + point.subarray(1, 33).toString("hex");
}

/** RIPEMD-160 of SHA-256 (Neo's script hash, little-endian bytes as hex). */
export function hash160Hex(hex: string): string {
  return createHash("ripemd160").update(createHash("sha256").update(Buffer.from(hex, "hex")).digest()).digest("hex");
}

/** Parsed keys, per private key: a campaign's worlds bring nine new keys each, so only the last KEYS_KEPT stay. */
const keys = new Map<string, KeyObject>();
const KEYS_KEPT = 4_096;

function keyObject(privateKeyHex: string): KeyObject {
  let key = keys.get(privateKeyHex);
  if (!key) {
    // SEC 1 ECPrivateKey { version 1, privateKey, [0] prime256v1 }: OpenSSL derives the public key.
    const der = Buffer.concat([Buffer.from("30310201010420", "hex"), Buffer.from(privateKeyHex, "hex"), Buffer.from("a00a06082a8648ce3d030107", "hex")]);
    key = createPrivateKey({ key: der, format: "der", type: "sec1" });
    setBounded(keys, privateKeyHex, key, KEYS_KEPT);
  }
  return key;
}
