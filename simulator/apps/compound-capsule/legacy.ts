// Mirrors contracts/CompoundCapsule/MiniAppCompoundCapsule.Legacy.cs: unlockCapsule and
// earlyWithdraw (the shared checks, then UNLOCK / EARLY of hybrid.ts).
import { int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import { validateNotGloballyPaused } from "../../bases/mini-app-base-validation.js";
import { APP_ID } from "./constants.js";
import { requireActive, type Capsule } from "./capsule-record.js";
import { early, unlock } from "./hybrid.js";

/** The four checks of unlockCapsule: NP, active, CheckWitness(owner), now ≥ UnlockTime. */
export function beginUnlock(ctx: CallContext, id: bigint): Capsule {
  validateNotGloballyPaused(ctx, APP_ID);
  const c = requireActive(ctx, id);
  check(ctx.checkWitness(c.owner), "unauthorized");
  check(ctx.now >= c.unlockTime, "not yet unlocked");
  return c;
}

/** The four checks of earlyWithdraw: NP, active, CheckWitness(owner), now < UnlockTime. */
export function beginEarly(ctx: CallContext, id: bigint): Capsule {
  validateNotGloballyPaused(ctx, APP_ID);
  const c = requireActive(ctx, id);
  check(ctx.checkWitness(c.owner), "unauthorized");
  check(ctx.now < c.unlockTime, "use UnlockCapsule");
  return c;
}

export const LEGACY_METHODS: readonly ModelMethod[] = [
  method("unlockCapsule", [int], (ctx, id) => unlock(ctx, id, beginUnlock(ctx, id))),
  method("earlyWithdraw", [int], (ctx, id) => early(ctx, id, beginEarly(ctx, id))),
];
