import type { StackItem } from "../../runtime/stack-item.js";
import { readStringMap } from "../../runtime/string-map.js";

/**
 * The frontend's view of `getCapsuleStateForFrontend(id)` (compound-capsule.md, keys in this
 * order; the last five only while active) and of `getCalculationConstants()`, and its off-chain
 * calculations unlockCalc and earlyCalc. They read nothing but these getters: the formula below is
 * the frontend's own, written from the constants the contract reports, not the model's.
 */
export interface CapsuleStateForFrontend {
  /** false: the getter returned an empty Map (CK absent). */
  readonly exists: boolean;
  readonly id: bigint;
  readonly owner: string;
  readonly principal: bigint;
  readonly compound: bigint;
  readonly createdTime: bigint;
  readonly unlockTime: bigint;
  readonly lastCompoundTime: bigint;
  readonly lockDays: bigint;
  readonly apyBps: bigint;
  readonly active: boolean;
  readonly earlyWithdrawn: boolean;
  readonly currentTime: bigint;
  readonly remainingMs: bigint;
  readonly canUnlock: boolean;
  readonly pendingYield: bigint;
  readonly earlyPenalty: bigint;
  readonly earlyPayout: bigint;
}

export interface CalculationConstants {
  readonly platformFeeBps: bigint;
  readonly earlyWithdrawPenaltyBps: bigint;
  readonly yieldUnit: bigint;
  readonly yearMs: bigint;
  /** [days, bps] of tiers 1–4. */
  readonly tiers: readonly (readonly [bigint, bigint])[];
  readonly minLockDays: bigint;
  readonly maxLockDays: bigint;
  readonly minDeposit: bigint;
  readonly currentTime: bigint;
}

/** What unlockCapsuleWithCalculation takes after the id. */
export interface UnlockSubmission {
  readonly yield: bigint;
  readonly fee: bigint;
  readonly payout: bigint;
}

/** What earlyWithdrawWithCalculation takes after the id. */
export interface EarlySubmission {
  readonly penalty: bigint;
  readonly payout: bigint;
}

/** Y(p, apy, e) from the reported constants (basis points: 10,000). */
function expectedYield(k: CalculationConstants, p: bigint, apy: bigint, e: bigint): bigint {
  if (p <= 0n || apy <= 0n || e <= 0n) return 0n;
  return (p * k.yieldUnit * apy * e) / (10_000n * k.yearMs);
}

/**
 * unlockCalc(s): the yield to the unlock time (stored compound plus the piece from the last
 * compounding to UnlockTime), its fee and the payout. Independent of the executing block's time.
 */
export function unlockCalc(s: CapsuleStateForFrontend, k: CalculationConstants): UnlockSubmission {
  const y = s.compound + expectedYield(k, s.principal, s.apyBps, s.unlockTime - s.lastCompoundTime);
  const fee = (y * k.platformFeeBps) / 10_000n;
  return { yield: y, fee, payout: y - fee };
}

/** earlyCalc(s): the penalty on the principal and what comes back. */
export function earlyCalc(s: CapsuleStateForFrontend, k: CalculationConstants): EarlySubmission {
  const penalty = (s.principal * k.earlyWithdrawPenaltyBps) / 10_000n;
  return { penalty, payout: s.principal - penalty };
}

/** The tier a lock of `days` days earns, from the reported tiers. */
export function apyForDays(k: CalculationConstants, days: bigint): bigint {
  let apy = k.tiers[0]![1];
  for (const [from, bps] of k.tiers) if (days >= from) apy = bps;
  return apy;
}

/** Reads the getter's Map (either side's Outcome stack item) into the frontend's state. */
export function readCapsuleState(item: StackItem): CapsuleStateForFrontend {
  const empty = item.type === "Map" && item.entries.length === 0;
  if (empty) {
    return { exists: false, id: 0n, owner: "", principal: 0n, compound: 0n, createdTime: 0n, unlockTime: 0n, lastCompoundTime: 0n, lockDays: 0n, apyBps: 0n,
      active: false, earlyWithdrawn: false, currentTime: 0n, remainingMs: 0n, canUnlock: false, pendingYield: 0n, earlyPenalty: 0n, earlyPayout: 0n };
  }
  const v = readStringMap(item, "getCapsuleStateForFrontend");
  const active = v.bool("active");
  const live = (key: string) => (active ? v.int(key) : 0n);
  return {
    exists: true, id: v.int("id"), owner: v.bytes("owner"), principal: v.int("principal"), compound: v.int("compound"),
    createdTime: v.int("createdTime"), unlockTime: v.int("unlockTime"), lastCompoundTime: v.int("lastCompoundTime"),
    lockDays: v.int("lockDays"), apyBps: v.int("apyBps"), active, earlyWithdrawn: v.bool("earlyWithdrawn"), currentTime: v.int("currentTime"),
    remainingMs: live("remainingMs"), canUnlock: active && v.bool("canUnlock"), pendingYield: live("pendingYield"),
    earlyPenalty: live("earlyPenalty"), earlyPayout: live("earlyPayout"),
  };
}

/** Reads getCalculationConstants()'s Map. */
export function readCalculationConstants(item: StackItem): CalculationConstants {
  const v = readStringMap(item, "getCalculationConstants");
  return {
    platformFeeBps: v.int("platformFeeBps"), earlyWithdrawPenaltyBps: v.int("earlyWithdrawPenaltyBps"), yieldUnit: v.int("yieldUnit"),
    yearMs: v.int("yearMs"), tiers: [1, 2, 3, 4].map((i) => [v.int(`tier${i}Days`), v.int(`tier${i}ApyBps`)] as const),
    minLockDays: v.int("minLockDays"), maxLockDays: v.int("maxLockDays"), minDeposit: v.int("minDeposit"), currentTime: v.int("currentTime"),
  };
}
