// lottery.md "Scratch prize" and "Winning ticket": SP(cfg, s) and w(R, T), shared by the contract's
// mirror, the frontend and the TEE scripts (pure functions of the spec's formulas).
import { H } from "../../runtime/hash.js";
import type { Hex } from "../../runtime/hex.js";
import { beN } from "../../runtime/rand.js";

export interface PrizeConfig {
  readonly ticketPrice: bigint;
  readonly maxJackpot: bigint;
}

/** roll = beN(H(s), 8) mod 10,000. */
export const scratchRoll = (seed: Hex): bigint => beN(H(seed), 8) % 10_000n;

/** SP(cfg, s): the five tiers by roll (< 1, < 11, < 111, < 611, < 1,611), else 0. */
export function scratchPrize(cfg: PrizeConfig, seed: Hex): bigint {
  const roll = scratchRoll(seed);
  const p = cfg.ticketPrice;
  if (roll < 1n) return 100n * p < cfg.maxJackpot ? 100n * p : cfg.maxJackpot;
  if (roll < 11n) return 20n * p;
  if (roll < 111n) return 5n * p;
  if (roll < 611n) return 2n * p;
  if (roll < 1611n) return p;
  return 0n;
}

/** w(R, T) = beN(H(R), 8) mod T. */
export const winningTicket = (randomness: Hex, totalTickets: bigint): bigint => beN(H(randomness), 8) % totalTickets;
