// Mirrors contracts/DevPack/MiniAppBase.Admin.cs: admin getters, two-step admin change with its
// timelock, platform contract settings, update/destroy, and the BaseDeploy / AcceptGasOnly bodies.
import { any, bool, bytes, hash160, int, string } from "../runtime/args.js";
import type { CallContext } from "../runtime/call-context.js";
import { method, type ModelMethod } from "../runtime/contract-model.js";
import { check, vmFault } from "../runtime/fault.js";
import type { Hash160Le } from "../runtime/hash160.js";
import { hash160Item, intItem } from "../runtime/items.js";
import { GAS_HASH } from "../runtime/native-tokens.js";
import { writeInt } from "../runtime/storage-values.js";
import {
  admin, adminChangeTime, gateway, MIN_TIMELOCK_DELAY, paymentHub, pauseRegistry, pendingAdmin, PREFIX_ADMIN, PREFIX_ADMIN_CHANGE_TIME,
  PREFIX_GATEWAY, PREFIX_PAUSE_REGISTRY, PREFIX_PAYMENT_HUB, PREFIX_PENDING_ADMIN, PREFIX_TIMELOCK_DELAY, timeLockDelay,
} from "./mini-app-base.js";
import { validateAddress, validateAdmin } from "./mini-app-base-validation.js";

export function proposeAdmin(ctx: CallContext, newAdmin: Hash160Le | null): void {
  validateAdmin(ctx);
  validateAddress(newAdmin);
  const current = admin(ctx);
  check(newAdmin !== current, "same admin");
  const executeAfter = ctx.now + timeLockDelay(ctx);
  ctx.storage.put(PREFIX_PENDING_ADMIN, newAdmin);
  writeInt(ctx.storage, PREFIX_ADMIN_CHANGE_TIME, executeAfter);
  ctx.notify("AdminChangeProposed", [hash160Item(current), hash160Item(newAdmin), intItem(executeAfter)]);
}

/** Anyone may execute once `now ≥ 08`. */
export function executeAdminChange(ctx: CallContext): void {
  const pending = pendingAdmin(ctx);
  check(pending !== null, "no pending admin");
  check(ctx.now >= adminChangeTime(ctx), "timelock active");
  const oldAdmin = admin(ctx);
  ctx.storage.put(PREFIX_ADMIN, pending!);
  ctx.storage.delete(PREFIX_PENDING_ADMIN);
  ctx.storage.delete(PREFIX_ADMIN_CHANGE_TIME);
  ctx.notify("AdminChanged", [hash160Item(oldAdmin), hash160Item(pending)]);
}

export function cancelAdminChange(ctx: CallContext): void {
  validateAdmin(ctx);
  const pending = pendingAdmin(ctx);
  check(pending !== null, "no pending admin");
  ctx.storage.delete(PREFIX_PENDING_ADMIN);
  ctx.storage.delete(PREFIX_ADMIN_CHANGE_TIME);
  ctx.notify("AdminChangeCancelled", [hash160Item(pending)]);
}

function setAddress(prefix: string) {
  return (ctx: CallContext, a: Hash160Le | null): void => {
    validateAdmin(ctx);
    validateAddress(a);
    ctx.storage.put(prefix, a);
  };
}

/** Body of every app's _deploy: when update is false, 01 := tx.Sender. */
export function baseDeploy(ctx: CallContext, update: boolean): void {
  if (!update) ctx.storage.put(PREFIX_ADMIN, ctx.txSender());
}

/** Body of the default onNEP17Payment: GAS from anyone (from = null included), no effect. */
export function acceptGasOnly(ctx: CallContext): void {
  check(ctx.calling === GAS_HASH, "unsupported token");
}

/** `_deploy(data, update) { BaseDeploy(update); }`, the default every app declares. */
export const defaultDeploy = (): ModelMethod => method("_deploy", [any, bool], (ctx, _data, update) => baseDeploy(ctx, update));

/** `onNEP17Payment(from, amount, data) { AcceptGasOnly(); }`. */
export const defaultOnNEP17Payment = (): ModelMethod => method("onNEP17Payment", [hash160, int, any], (ctx) => acceptGasOnly(ctx));

export const ADMIN_METHODS: readonly ModelMethod[] = [
  method("admin", [], (ctx) => hash160Item(admin(ctx)), { safe: true }),
  method("gateway", [], (ctx) => hash160Item(gateway(ctx)), { safe: true }),
  method("paymentHub", [], (ctx) => hash160Item(paymentHub(ctx)), { safe: true }),
  method("pauseRegistry", [], (ctx) => hash160Item(pauseRegistry(ctx)), { safe: true }),
  method("pendingAdmin", [], (ctx) => hash160Item(pendingAdmin(ctx)), { safe: true }),
  method("adminChangeTime", [], (ctx) => intItem(adminChangeTime(ctx)), { safe: true }),
  method("timeLockDelay", [], (ctx) => intItem(timeLockDelay(ctx)), { safe: true }),
  method("proposeAdmin", [hash160], proposeAdmin),
  method("executeAdminChange", [], executeAdminChange),
  method("cancelAdminChange", [], cancelAdminChange),
  method("setTimeLockDelay", [int], (ctx, delayMs) => {
    validateAdmin(ctx);
    check(delayMs >= MIN_TIMELOCK_DELAY, "min delay 1 hour");
    writeInt(ctx.storage, PREFIX_TIMELOCK_DELAY, delayMs);
  }),
  method("setGateway", [hash160], setAddress(PREFIX_GATEWAY)),
  method("setPaymentHub", [hash160], setAddress(PREFIX_PAYMENT_HUB)),
  method("setPauseRegistry", [hash160], setAddress(PREFIX_PAUSE_REGISTRY)),
  // ContractManagement.update to the contract's own NEF and manifest is modelled (its _deploy(data, true) runs);
  // other code, and destroy, are not: ValidateAdmin is modelled, the rest faults (Execution.updateContract).
  method("update", [bytes, string, any], (ctx, nef, manifest, data) => { validateAdmin(ctx); ctx.updateSelf(nef, manifest, data); }),
  method("destroy", [], (ctx) => { validateAdmin(ctx); vmFault("ContractManagement.destroy is not modelled"); }),
];
