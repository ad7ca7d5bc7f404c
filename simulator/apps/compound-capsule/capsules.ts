// Mirrors contracts/CompoundCapsule/MiniAppCompoundCapsule.Capsules.cs: createCapsule, extendLock
// and ACCRUE(c), in the contract's order of checks and with its messages.
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, hash160Item, intItem } from "../../runtime/items.js";
import { NEO_HASH } from "../../runtime/native-tokens.js";
import { readInt, writeInt } from "../../runtime/storage-values.js";
import { DAY } from "../../bases/mini-app-base.js";
import { validateNotGloballyPaused } from "../../bases/mini-app-base-validation.js";
import { APP_ID, MAX_LOCK_DAYS, MIN_DEPOSIT, MIN_EXTENSION_DAYS, MIN_LOCK_DAYS } from "./constants.js";
import { addTo, requireActive, storeCapsule, type Capsule } from "./capsule-record.js";
import { accrualEnd, accruedYield, apyBps } from "./formulas.js";
import { PREFIX_CAPSULE_COUNTER, PREFIX_TOTAL_COMPOUND, PREFIX_TOTAL_LOCKED } from "./storage-keys.js";

export function createCapsule(ctx: CallContext, owner: Hash160Le | null, neoAmount: bigint, lockDays: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  check(neoAmount >= MIN_DEPOSIT, "min 1 NEO");
  check(lockDays >= MIN_LOCK_DAYS && lockDays <= MAX_LOCK_DAYS, "invalid lock period");
  check(ctx.checkWitness(owner ?? vmFault("CheckWitness of null")), "unauthorized");
  const sent = ctx.call(NEO_HASH, "transfer", "All", [hash160Item(owner), hash160Item(ctx.executing), intItem(neoAmount), Any]);
  check(sent.type === "Boolean" && sent.value, "transfer failed");
  const id = readInt(ctx.storage, PREFIX_CAPSULE_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_CAPSULE_COUNTER, id);
  const unlockTime = ctx.now + lockDays * DAY;
  storeCapsule(ctx, id, {
    owner: owner!, principal: neoAmount, compound: 0n, createdTime: ctx.now, unlockTime, lastCompoundTime: ctx.now,
    lockDays, apyBps: apyBps(lockDays), active: true, earlyWithdrawn: false,
  });
  addTo(ctx, PREFIX_TOTAL_LOCKED, neoAmount);
  ctx.notify("CapsuleCreated", [intItem(id), hash160Item(owner), intItem(neoAmount), intItem(unlockTime)]);
  return id;
}

export function extendLock(ctx: CallContext, id: bigint, additionalDays: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  check(additionalDays >= MIN_EXTENSION_DAYS, "min 7 days extension");
  const c = requireActive(ctx, id);
  check(ctx.checkWitness(c.owner), "unauthorized");
  check(c.lockDays + additionalDays <= MAX_LOCK_DAYS, "exceeds max lock");
  const accrued = accrue(ctx, id, c);
  const lockDays = accrued.lockDays + additionalDays;
  const after = { ...accrued, unlockTime: accrued.unlockTime + additionalDays * DAY, lockDays, apyBps: apyBps(lockDays) };
  storeCapsule(ctx, id, after);
  ctx.notify("CapsuleExtended", [intItem(id), intItem(after.unlockTime)]);
}

/**
 * ACCRUE(c): t = min(now, UnlockTime); only if the piece y = Y(P, apy, t − last) is > 0:
 * Compound += y, LastCompoundTime = t, 43 += y, CompoundAdded(id, y, Compound). Returns the
 * changed record; the caller stores it (the model's records are values, so no aliasing question).
 */
export function accrue(ctx: CallContext, id: bigint, c: Capsule): Capsule {
  const end = accrualEnd(ctx.now, c.unlockTime);
  const y = accruedYield(c.principal, c.apyBps, c.lastCompoundTime, end);
  if (y <= 0n) return c;
  const after = { ...c, compound: c.compound + y, lastCompoundTime: end };
  addTo(ctx, PREFIX_TOTAL_COMPOUND, y);
  ctx.notify("CompoundAdded", [intItem(id), intItem(y), intItem(after.compound)]);
  return after;
}

export const CAPSULE_METHODS: readonly ModelMethod[] = [
  method("createCapsule", [hash160, int, int], (ctx, owner, amount, days) => intItem(createCapsule(ctx, owner, amount, days))),
  method("extendLock", [int, int], (ctx, id, days) => extendLock(ctx, id, days)),
];
