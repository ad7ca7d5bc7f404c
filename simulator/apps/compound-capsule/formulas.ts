// Mirrors the formulas of contracts/CompoundCapsule/MiniAppCompoundCapsule.Capsules.cs
// (compound-capsule.md "Constants and formulas"): Y, apy, fee, pen. bigint `/` truncates toward
// zero, as NeoVM DIV does.
import { BASIS_POINTS, EARLY_WITHDRAW_PENALTY_BPS, PLATFORM_FEE_BPS, TIERS, YEAR, YIELD_UNIT } from "./constants.js";

/** Y(p, apy, e) = 0 if p ≤ 0 ∨ apy ≤ 0 ∨ e ≤ 0, else ⌊p × YIELD_UNIT × apy × e / (10,000 × YEAR)⌋. */
export function yieldOf(p: bigint, apyBps: bigint, elapsedMs: bigint): bigint {
  if (p <= 0n || apyBps <= 0n || elapsedMs <= 0n) return 0n;
  return (p * YIELD_UNIT * apyBps * elapsedMs) / (BASIS_POINTS * YEAR);
}

/** apy(days): the highest tier whose days the lock reaches; the lowest tier below 30 days, negative included. */
export function apyBps(days: bigint): bigint {
  for (let i = TIERS.length - 1; i > 0; i--) if (days >= TIERS[i]![0]) return TIERS[i]![1];
  return TIERS[0][1];
}

/** fee(G) = ⌊G × 100 / 10,000⌋. */
export const fee = (g: bigint): bigint => (g * PLATFORM_FEE_BPS) / BASIS_POINTS;

/** pen(P) = ⌊P × 500 / 10,000⌋; −pen(−P) for P < 0 (truncating division, README §4). */
export const penalty = (p: bigint): bigint => (p * EARLY_WITHDRAW_PENALTY_BPS) / BASIS_POINTS;

/** ACCRUE's piece up to `end` = min(now, UnlockTime): Y(P, apy, end − last) when end > last, else 0. */
export function accruedYield(principal: bigint, apy: bigint, lastCompoundTime: bigint, end: bigint): bigint {
  return end > lastCompoundTime ? yieldOf(principal, apy, end - lastCompoundTime) : 0n;
}

export const accrualEnd = (now: bigint, unlockTime: bigint): bigint => (now < unlockTime ? now : unlockTime);
