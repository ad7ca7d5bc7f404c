// Mirrors contracts/CompoundCapsule/MiniAppCompoundCapsule.Hybrid.cs: unlockCapsuleWithCalculation
// and earlyWithdrawWithCalculation [H], UNLOCK(c) and EARLY(c) shared with the legacy methods,
// getCapsuleStateForFrontend and getCalculationConstants.
import { int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import { Any, boolItem, hash160Item, intItem } from "../../runtime/items.js";
import { GAS_HASH, NEO_HASH } from "../../runtime/native-tokens.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { stringMapItem } from "../../runtime/string-map.js";
import {
  EARLY_WITHDRAW_PENALTY_BPS, MAX_LOCK_DAYS, MIN_DEPOSIT, MIN_LOCK_DAYS, PLATFORM_FEE_BPS, TIERS, YEAR, YIELD_UNIT,
} from "./constants.js";
import { addTo, readCapsule, storeCapsule, type Capsule } from "./capsule-record.js";
import { accrue } from "./capsules.js";
import { accrualEnd, accruedYield, fee, penalty, yieldOf } from "./formulas.js";
import { beginEarly, beginUnlock } from "./legacy.js";
import { PREFIX_TOTAL_FEES, PREFIX_TOTAL_LOCKED, PREFIX_TOTAL_PENALTIES, PREFIX_TOTAL_YIELD_PAID } from "./storage-keys.js";

export function unlockCapsuleWithCalculation(ctx: CallContext, id: bigint, calculatedYield: bigint, calculatedFee: bigint, calculatedPayout: bigint): void {
  const c = beginUnlock(ctx, id);
  check(calculatedYield === c.compound + yieldOf(c.principal, c.apyBps, c.unlockTime - c.lastCompoundTime), "yield mismatch");
  check(calculatedFee === fee(calculatedYield), "fee mismatch");
  check(calculatedPayout === calculatedYield - calculatedFee, "payout mismatch");
  unlock(ctx, id, c);
}

export function earlyWithdrawWithCalculation(ctx: CallContext, id: bigint, calculatedPenalty: bigint, calculatedPayout: bigint): void {
  const c = beginEarly(ctx, id);
  check(calculatedPenalty === penalty(c.principal), "penalty mismatch");
  check(calculatedPayout === c.principal - calculatedPenalty, "payout mismatch");
  early(ctx, id, c);
}

const transfer = (ctx: CallContext, token: typeof GAS_HASH, to: Capsule["owner"], amount: bigint) => {
  const sent = ctx.call(token, "transfer", "All", [hash160Item(ctx.executing), hash160Item(to), intItem(amount), Any]);
  check(sent.type === "Boolean" && sent.value, "transfer failed");
};

/** UNLOCK(c): ACCRUE, fee and payout, c inactive and stored, totals, the NEO back, the net yield, CapsuleUnlocked. */
export function unlock(ctx: CallContext, id: bigint, before: Capsule): void {
  const c = accrue(ctx, id, before);
  const g = c.compound;
  const f = fee(g);
  const pay = g - f;
  storeCapsule(ctx, id, { ...c, active: false });
  addTo(ctx, PREFIX_TOTAL_LOCKED, -c.principal);
  addTo(ctx, PREFIX_TOTAL_FEES, f);
  addTo(ctx, PREFIX_TOTAL_YIELD_PAID, pay);
  transfer(ctx, NEO_HASH, c.owner, c.principal);
  if (pay > 0n) transfer(ctx, GAS_HASH, c.owner, pay);
  ctx.notify("CapsuleUnlocked", [intItem(id), hash160Item(c.owner), intItem(pay)]);
}

/** EARLY(c): the principal minus the penalty back, Compound forfeited (kept), no ACCRUE. */
export function early(ctx: CallContext, id: bigint, c: Capsule): void {
  const pen = penalty(c.principal);
  const out = c.principal - pen;
  storeCapsule(ctx, id, { ...c, active: false, earlyWithdrawn: true });
  addTo(ctx, PREFIX_TOTAL_LOCKED, -c.principal);
  addTo(ctx, PREFIX_TOTAL_PENALTIES, pen);
  if (out > 0n) transfer(ctx, NEO_HASH, c.owner, out);
  ctx.notify("EarlyWithdraw", [intItem(id), hash160Item(c.owner), intItem(pen)]);
}

export function getCapsuleStateForFrontend(ctx: CallContext, id: bigint): StackItem {
  const c = readCapsule(ctx, id);
  if (c === null) return stringMapItem([]);
  const entries: [string, StackItem][] = [
    ["id", intItem(id)], ["owner", hash160Item(c.owner)], ["principal", intItem(c.principal)], ["compound", intItem(c.compound)],
    ["createdTime", intItem(c.createdTime)], ["unlockTime", intItem(c.unlockTime)], ["lastCompoundTime", intItem(c.lastCompoundTime)],
    ["lockDays", intItem(c.lockDays)], ["apyBps", intItem(c.apyBps)], ["active", boolItem(c.active)], ["earlyWithdrawn", boolItem(c.earlyWithdrawn)],
    ["currentTime", intItem(ctx.now)],
  ];
  if (c.active) {
    const remaining = c.unlockTime - ctx.now;
    const pen = penalty(c.principal);
    entries.push(
      ["remainingMs", intItem(remaining > 0n ? remaining : 0n)],
      ["canUnlock", boolItem(ctx.now >= c.unlockTime)],
      ["pendingYield", intItem(accruedYield(c.principal, c.apyBps, c.lastCompoundTime, accrualEnd(ctx.now, c.unlockTime)))],
      ["earlyPenalty", intItem(pen)],
      ["earlyPayout", intItem(c.principal - pen)],
    );
  }
  return stringMapItem(entries);
}

export function getCalculationConstants(ctx: CallContext): StackItem {
  const tiers = TIERS.flatMap(([days, bps], i): [string, StackItem][] => [[`tier${i + 1}Days`, intItem(days)], [`tier${i + 1}ApyBps`, intItem(bps)]]);
  return stringMapItem([
    ...tiers,
    ["platformFeeBps", intItem(PLATFORM_FEE_BPS)], ["earlyWithdrawPenaltyBps", intItem(EARLY_WITHDRAW_PENALTY_BPS)], ["minDeposit", intItem(MIN_DEPOSIT)],
    ["minLockDays", intItem(MIN_LOCK_DAYS)], ["maxLockDays", intItem(MAX_LOCK_DAYS)], ["yieldUnit", intItem(YIELD_UNIT)], ["yearMs", intItem(YEAR)],
    ["currentTime", intItem(ctx.now)],
  ]);
}

export const HYBRID_METHODS: readonly ModelMethod[] = [
  method("unlockCapsuleWithCalculation", [int, int, int, int], (ctx, id, y, f, p) => unlockCapsuleWithCalculation(ctx, id, y, f, p)),
  method("earlyWithdrawWithCalculation", [int, int, int], (ctx, id, pen, p) => earlyWithdrawWithCalculation(ctx, id, pen, p)),
  method("getCapsuleStateForFrontend", [int], (ctx, id) => getCapsuleStateForFrontend(ctx, id), { safe: true }),
  method("getCalculationConstants", [], (ctx) => getCalculationConstants(ctx), { safe: true }),
];
