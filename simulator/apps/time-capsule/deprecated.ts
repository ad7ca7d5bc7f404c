// Mirrors contracts/TimeCapsule/MiniAppTimeCapsule.Deprecated.cs: fish [D], the O(N) on-chain scan
// the hybrid fishWithId replaces.
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, fail, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { intItem } from "../../runtime/items.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { totalItems } from "../../bases/mini-app-time-lock-base.js";
import { APP_ID, FISH_FEE } from "./constants.js";
import { readCapsule } from "./capsule-record.js";
import { fishCapsule } from "./hybrid.js";

export function fish(ctx: CallContext, fisher: Hash160Le, receiptId: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  validateUser(ctx, fisher);
  validatePaymentReceipt(ctx, APP_ID, fisher, FISH_FEE, receiptId);
  const n = totalItems(ctx);
  check(n > 0n, "no capsules");
  const start = (ctx.now % n) + 1n;
  for (let i = 0n; i < n; i++) {
    const id = ((start + i - 1n) % n) + 1n;
    const c = readCapsule(ctx, id);
    if (c !== null && c.isPublic && !c.isRevealed && ctx.now >= c.unlockTime) return fishCapsule(ctx, fisher, id, c);
  }
  return fail("no fishable capsule found");
}

export const DEPRECATED_METHODS: readonly ModelMethod[] = [
  method("fish", [hash160, int], (ctx, fisher, receiptId) => intItem(fish(ctx, fisher ?? vmFault("null UInt160"), receiptId))),
];
