import { BASE_KEY_PRICE, KEY_PRICE_STEP } from "./constants.js";

/**
 * The O(1) cost of `n` keys when `K` are sold (doomsday-clock.md): C(n, K) =
 * n × (BASE + K × D) + n(n−1)/2 × D for n ≥ 1, else 0. Defined for every integer n and K; a
 * negative K gives the formula's (possibly negative) value. n(n−1) is even, so the division is
 * exact and truncation cannot differ from floor.
 */
export function keyCost(n: bigint, totalKeys: bigint, base = BASE_KEY_PRICE, step = KEY_PRICE_STEP): bigint {
  if (n <= 0n) return 0n;
  return n * (base + totalKeys * step) + ((n * (n - 1n)) / 2n) * step;
}

/** The deprecated O(n) cost: Σ_{i<n} (BASE + (K + i) × D), a loop of n iterations (0 for n ≤ 0). */
export function keyCostLoop(n: bigint, totalKeys: bigint): bigint {
  let cost = 0n;
  for (let i = 0n; i < n; i++) cost += BASE_KEY_PRICE + (totalKeys + i) * KEY_PRICE_STEP;
  return cost;
}

/** The pot's share of a purchase: ⌊cost × 9,500 / 10,000⌋. */
export function potContribution(cost: bigint): bigint {
  return (cost * 9_500n) / 10_000n;
}
