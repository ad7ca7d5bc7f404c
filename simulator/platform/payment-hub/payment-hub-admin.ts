// Mirrors contracts/Platform/PaymentHub/PaymentHub.cs: _deploy, admin, setAdmin, update, ADM.
import { any, bool, bytes, hash160, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, hash160Item } from "../../runtime/items.js";
import { readHash160 } from "../../runtime/storage-values.js";
import { isValidAddress, validateAdmin } from "../admin-check.js";
import { PREFIX_ADMIN } from "./payment-hub-keys.js";

export function admin(ctx: CallContext): Hash160Le | null {
  return readHash160(ctx.storage, PREFIX_ADMIN);
}

export function validateHubAdmin(ctx: CallContext): void {
  validateAdmin(ctx, admin(ctx));
}

export const PAYMENT_HUB_ADMIN_METHODS: readonly ModelMethod[] = [
  method("_deploy", [any, bool], (ctx, _data, update) => {
    if (!update) ctx.storage.put(PREFIX_ADMIN, ctx.txSender());
  }),
  method("admin", [], (ctx) => hash160Item(admin(ctx)), { safe: true }),
  method("setAdmin", [hash160], (ctx, newAdmin) => {
    validateHubAdmin(ctx);
    check(isValidAddress(newAdmin), "invalid admin");
    const oldAdmin = admin(ctx);
    ctx.storage.put(PREFIX_ADMIN, newAdmin!);
    ctx.notify("AdminChanged", [hash160Item(oldAdmin), hash160Item(newAdmin)]);
  }),
  // ContractManagement.update: to the hub's own NEF and manifest (its _deploy(null, true) runs); other code is not modelled (Execution.updateContract).
  method("update", [bytes, string], (ctx, nef, manifest) => {
    validateHubAdmin(ctx);
    ctx.updateSelf(nef, manifest, Any);
  }),
];
