import type { ContractModel } from "../../simulator/runtime/contract-model.js";
import { method } from "../../simulator/runtime/contract-model.js";
import { hash160, int } from "../../simulator/runtime/args.js";
import { check, fail, vmFault } from "../../simulator/runtime/fault.js";
import { intItem } from "../../simulator/runtime/items.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { TIME_CAPSULE } from "../../simulator/apps/time-capsule/model.js";
import { APP_ID, FISH_FEE } from "../../simulator/apps/time-capsule/constants.js";
import { readCapsule } from "../../simulator/apps/time-capsule/capsule-record.js";
import { fishCapsule } from "../../simulator/apps/time-capsule/hybrid.js";
import { PREFIX_TOTAL_FISHED } from "../../simulator/apps/time-capsule/storage-keys.js";
import { validateNotGloballyPaused, validateUser } from "../../simulator/bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../simulator/bases/mini-app-base-receipts.js";
import { totalItems } from "../../simulator/bases/mini-app-time-lock-base.js";
import { withMethodOf, withKeyUnchanged } from "./broken-models.js";

/** A deliberately broken model: the deprecated scan starts at (now mod N) instead of (now mod N) + 1. */
const offByOneScan = withMethodOf(TIME_CAPSULE, method("fish", [hash160, int], (ctx, who, receiptId) => {
  const fisher = who ?? vmFault("null UInt160");
  validateNotGloballyPaused(ctx, APP_ID);
  validateUser(ctx, fisher);
  validatePaymentReceipt(ctx, APP_ID, fisher, FISH_FEE, receiptId);
  const n = totalItems(ctx);
  check(n > 0n, "no capsules");
  const start = ctx.now % n;
  for (let i = 0n; i < n; i++) {
    const id = (((start + i - 1n) % n) + n) % n + 1n;
    const c = readCapsule(ctx, id);
    if (c !== null && c.isPublic && !c.isRevealed && ctx.now >= c.unlockTime) return intItem(fishCapsule(ctx, fisher, id, c));
  }
  return fail("no fishable capsule found");
}));

/** Contract models by name, TimeCapsule's scan off by one. */
export function withOffByOneScan(name: string): ContractModel {
  return name === TIME_CAPSULE.name ? offByOneScan : contractModelOf(name);
}

/** A mistake shared with a broken contract: a fish pays its reward but is not counted in `44`. */
export function withUncountedFishes(name: string): ContractModel {
  return name === TIME_CAPSULE.name ? withKeyUnchanged(TIME_CAPSULE, PREFIX_TOTAL_FISHED) : contractModelOf(name);
}
