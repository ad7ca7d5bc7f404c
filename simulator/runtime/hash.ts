import { sha256 } from "@noble/hashes/sha2.js";
import { bytesOfHex, hexOf, type Hex } from "./hex.js";

/** H(x) of spec README §4: SHA-256 (CryptoLib.sha256), the only hash used anywhere. */
export function H(data: Hex): Hex {
  return hexOf(sha256(bytesOfHex(data)));
}
