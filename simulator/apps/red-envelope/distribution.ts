// Mirrors contracts/RedEnvelope/MiniAppRedEnvelope.Distribution.cs (red-envelope.md "Packet
// distribution"): D(s, T, n) and NEXT(s, n, k, rem_k). Also the frontend's and the TEE script's
// calculation (pure: seed, amounts and counts only).
import { H } from "../../runtime/hash.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";
import { rand } from "../../runtime/rand.js";
import { MIN_PACKET } from "./constants.js";

/** NEXT(s, n, k, rem_k): the last packet takes the remainder; else MIN_PACKET + rand(H(s ‖ bytes(k))) mod range, or MIN_PACKET when range ≤ 0. */
export function nextPacket(seed: Hex, n: bigint, k: bigint, remaining: bigint): bigint {
  if (k === n - 1n) return remaining;
  const r = rand(H(seed + bytesOfInt(k)));
  const range = remaining - (n - 1n - k) * MIN_PACKET - MIN_PACKET;
  return range > 0n ? MIN_PACKET + (r % range) : MIN_PACKET;
}

/** D(s, T, n) = [a_0 … a_{n−1}]. */
export function distribution(seed: Hex, total: bigint, n: bigint): bigint[] {
  const amounts: bigint[] = [];
  let remaining = total;
  for (let k = 0n; k < n; k++) {
    const a = nextPacket(seed, n, k, remaining);
    amounts.push(a);
    remaining -= a;
  }
  return amounts;
}
