// Mirrors contracts/MasqueradeDAO/MiniAppMasqueradeDAO.Delegation.cs: delegateVote (legacy), the
// delegate-target checks, and APPLY / ADD / REMOVE on the cache 50–53 (masquerade-dao.md "Storage").
import type { CallContext } from "../../runtime/call-context.js";
import { check } from "../../runtime/fault.js";
import { intItem } from "../../runtime/items.js";
import { readInt, writeInt } from "../../runtime/storage-values.js";
import { validateNotGloballyPaused } from "../../bases/mini-app-base-validation.js";
import { APP_ID } from "./constants.js";
import { requireActiveMask, storeMask, type Mask } from "./records.js";
import { cachedPowerKey, delegatorCountKey, delegatorIndexKey, delegatorKey } from "./storage-keys.js";

export function delegateVote(ctx: CallContext, fromMaskId: bigint, toMaskId: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  const from = requireActiveMask(ctx, fromMaskId, "mask not active");
  check(ctx.checkWitness(from.owner), "unauthorized");
  checkDelegateTarget(ctx, fromMaskId, toMaskId);
  applyDelegation(ctx, fromMaskId, from, toMaskId);
}

/** to ≥ 0; if to > 0: to exists and is active, and to ≠ the delegating mask. */
export function checkDelegateTarget(ctx: CallContext, maskId: bigint, toMaskId: bigint): void {
  check(toMaskId >= 0n, "invalid delegate");
  if (toMaskId > 0n) {
    requireActiveMask(ctx, toMaskId, "to mask not active");
    check(toMaskId !== maskId, "cannot self-delegate");
  }
}

/** APPLY(d, to), then store d and emit DelegationChanged (always). */
export function applyDelegation(ctx: CallContext, maskId: bigint, m: Mask, toMaskId: bigint): void {
  const old = m.delegatedTo;
  if (old !== toMaskId) {
    if (old > 0n) removeDelegator(ctx, maskId, old, m.votingPower);
    if (toMaskId > 0n) addDelegator(ctx, maskId, toMaskId, m.votingPower);
  }
  storeMask(ctx, maskId, { ...m, delegatedTo: toMaskId });
  ctx.notify("DelegationChanged", [intItem(maskId), intItem(toMaskId)]);
}

/** ADD(d, t). */
export function addDelegator(ctx: CallContext, d: bigint, t: bigint, basePower: bigint): void {
  const c = readInt(ctx.storage, delegatorCountKey(t));
  writeInt(ctx.storage, delegatorKey(t, c), d);
  writeInt(ctx.storage, delegatorIndexKey(d), c);
  writeInt(ctx.storage, delegatorCountKey(t), c + 1n);
  writeInt(ctx.storage, cachedPowerKey(t), readInt(ctx.storage, cachedPowerKey(t)) + basePower);
}

/** REMOVE(d, t). */
export function removeDelegator(ctx: CallContext, d: bigint, t: bigint, basePower: bigint): void {
  const i = readInt(ctx.storage, delegatorIndexKey(d));
  const last = readInt(ctx.storage, delegatorCountKey(t)) - 1n;
  if (i !== last) {
    const x = readInt(ctx.storage, delegatorKey(t, last));
    writeInt(ctx.storage, delegatorKey(t, i), x);
    writeInt(ctx.storage, delegatorIndexKey(x), i);
  }
  ctx.storage.delete(delegatorKey(t, last));
  ctx.storage.delete(delegatorIndexKey(d));
  if (last === 0n) {
    ctx.storage.delete(delegatorCountKey(t));
    ctx.storage.delete(cachedPowerKey(t));
  } else {
    writeInt(ctx.storage, delegatorCountKey(t), last);
    writeInt(ctx.storage, cachedPowerKey(t), readInt(ctx.storage, cachedPowerKey(t)) - basePower);
  }
}
