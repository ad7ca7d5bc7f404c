// on-chain-tarot.md "Card function": CARDS(x, count), shared by the contract model, the frontend
// and the TEE script calculate-cards. Mirrors contracts/OnChainTarot/MiniAppOnChainTarot.Cards.cs.
import { H } from "../../runtime/hash.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";
import { TOTAL_CARDS } from "./constants.js";

/** beN(h, 4): the first four bytes of a hash, big-endian. */
const be4 = (h: Hex): bigint => BigInt(`0x${h.slice(0, 8)}`);

/** h = H(h ‖ bytes(j)) from h = x (bytes(0) empty: the first step is H(x)); c = be4(h) mod 78 appended unless drawn. */
export function cards(x: Hex, count: bigint): bigint[] {
  const drawn: bigint[] = [];
  let h = x;
  for (let j = 0n; BigInt(drawn.length) < count; j++) {
    h = H(h + bytesOfInt(j));
    const c = be4(h) % TOTAL_CARDS;
    if (!drawn.includes(c)) drawn.push(c);
  }
  return drawn;
}
