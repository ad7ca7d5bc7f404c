// Mirrors contracts/DevPack/MiniAppBase.Validation.cs: ValidateAdmin, ValidateAddress,
// ValidateGateway, ValidateNotGloballyPaused (= NP), A(u) (README §7), isPaused / setPaused.
import { bool, string } from "../runtime/args.js";
import type { CallContext } from "../runtime/call-context.js";
import { method, type ModelMethod } from "../runtime/contract-model.js";
import { check } from "../runtime/fault.js";
import { ZERO_HASH160, type Hash160Le } from "../runtime/hash160.js";
import { boolItem, stringItem } from "../runtime/items.js";
import { readInt, writeInt } from "../runtime/storage-values.js";
import { admin, gateway, pauseRegistry, PREFIX_PAUSED } from "./mini-app-base.js";

export function validateAdmin(ctx: CallContext): void {
  const a = admin(ctx);
  check(a !== null, "admin not set");
  check(ctx.checkWitness(a!), "unauthorized");
}

/** a non-null, 20 bytes, ≠ Zero → "invalid address". */
export function validateAddress(a: Hash160Le | null): asserts a is Hash160Le {
  check(a !== null && a !== ZERO_HASH160, "invalid address");
}

export function validateGateway(ctx: CallContext): void {
  const g = gateway(ctx);
  check(g !== null, "gateway not set");
  check(ctx.calling === g, "only gateway");
}

/** NP: local flag ≠ 1 → "paused"; then the registry's isPaused(appId), read-only → "globally paused". */
export function validateNotGloballyPaused(ctx: CallContext, appId: string): void {
  check(readInt(ctx.storage, PREFIX_PAUSED) !== 1n, "paused");
  const registry = pauseRegistry(ctx);
  if (registry === null) return;
  const paused = ctx.call(registry, "isPaused", "ReadOnly", [stringItem(appId)]);
  check(!(paused.type === "Boolean" && paused.value), "globally paused");
}

/** A(u): (gateway set ∧ calling == gateway) ∨ CheckWitness(u) → "unauthorized". */
export function validateUser(ctx: CallContext, user: Hash160Le): void {
  const g = gateway(ctx);
  if (g !== null && ctx.calling === g) return;
  check(ctx.checkWitness(user), "unauthorized");
}

export const isPaused = (ctx: CallContext): boolean => readInt(ctx.storage, PREFIX_PAUSED) === 1n;

export const VALIDATION_METHODS: readonly ModelMethod[] = [
  method("isPaused", [], (ctx) => boolItem(isPaused(ctx)), { safe: true }),
  method("setPaused", [bool, string], (ctx, paused, appId) => {
    validateAdmin(ctx);
    writeInt(ctx.storage, PREFIX_PAUSED, paused ? 1n : 0n);
    ctx.notify("Paused", [stringItem(appId), boolItem(paused)]);
  }),
];
