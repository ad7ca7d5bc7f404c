// coin-flip.md "Constants and outcome function": the pure outcome of input bytes x (the operation
// seed or the RNG result) for a bet, shared by the contract model, the frontend and the TEE
// script flip-coin. Mirrors IsWin / JackpotRoll / the payout of contracts/CoinFlip/MiniAppCoinFlip.Bets.cs.
import { H } from "../../runtime/hash.js";
import type { Hex } from "../../runtime/hex.js";
import { rand } from "../../runtime/rand.js";
import { JACKPOT_CHANCE_BPS, JACKPOT_THRESHOLD, MAX_STREAK_BONUS_BPS, PLATFORM_FEE_PERCENT, STREAK_BONUS_BPS } from "./constants.js";

export interface Flip {
  readonly heads: boolean;
  readonly won: boolean;
  readonly jackpotRoll: bigint;
}

/** h = H(x); heads = rand(h) mod 2 == 0 (little-endian: h[0] even); won = heads == choice; jroll = rand(H(h)) mod 10,000. */
export function flip(x: Hex, choice: boolean): Flip {
  const h = H(x);
  const heads = rand(h) % 2n === 0n;
  return { heads, won: heads === choice, jackpotRoll: rand(H(h)) % 10_000n };
}

export interface Payout {
  readonly payout: bigint;
  readonly bonus: bigint;
  readonly jackpot: boolean;
}

/** The payout of a bet of `amount` with outcome `f`, the player's win streak `streak` and the pool `pool`. */
export function payoutOf(f: Flip, amount: bigint, streak: bigint, pool: bigint): Payout {
  if (!f.won) return { payout: 0n, bonus: 0n, jackpot: false };
  const base = 2n * amount - (PLATFORM_FEE_PERCENT * amount) / 100n;
  const bps = streak > 0n ? min(STREAK_BONUS_BPS * streak, MAX_STREAK_BONUS_BPS) : 0n;
  const bonus = (base * bps) / 10_000n;
  const jackpot = amount >= JACKPOT_THRESHOLD && f.jackpotRoll < JACKPOT_CHANCE_BPS;
  return { payout: base + bonus + (jackpot ? pool : 0n), bonus, jackpot };
}

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
