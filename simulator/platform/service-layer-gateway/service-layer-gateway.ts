// Mirrors contracts/Platform/ServiceLayerGateway/ServiceLayerGateway.cs (platform.md §2): deployment,
// admin / updater / allowed callbacks, update. Requests in service-layer-gateway-requests.ts.
import { any, bool, bytes, hash160, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import { Any, boolItem, hash160Item } from "../../runtime/items.js";
import { writeInt } from "../../runtime/storage-values.js";
import { isValidAddress, validateAdmin } from "../admin-check.js";
import { admin, allowedCallbackKey, CALLBACK_METHODS, isAllowedCallback, PREFIX_ADMIN, PREFIX_UPDATER, updater } from "./gateway-keys.js";
import { GATEWAY_REQUEST_METHODS } from "./service-layer-gateway-requests.js";


const validateGatewayAdmin = (ctx: CallContext) => validateAdmin(ctx, admin(ctx));

export const SERVICE_LAYER_GATEWAY: ContractModel = contractModel("ServiceLayerGateway", [
  method("_deploy", [any, bool], (ctx, _data, update) => {
    if (update) return;
    const sender = ctx.txSender();
    ctx.storage.put(PREFIX_ADMIN, sender);
    ctx.storage.put(PREFIX_UPDATER, sender);
  }),
  method("admin", [], (ctx) => hash160Item(admin(ctx)), { safe: true }),
  method("updater", [], (ctx) => hash160Item(updater(ctx)), { safe: true }),
  method("setAdmin", [hash160], (ctx, newAdmin) => {
    validateGatewayAdmin(ctx);
    check(isValidAddress(newAdmin), "invalid admin");
    const oldAdmin = admin(ctx);
    ctx.storage.put(PREFIX_ADMIN, newAdmin!);
    ctx.notify("AdminChanged", [hash160Item(oldAdmin), hash160Item(newAdmin)]);
  }),
  method("setUpdater", [hash160], (ctx, newUpdater) => {
    validateGatewayAdmin(ctx);
    check(isValidAddress(newUpdater), "invalid updater");
    const oldUpdater = updater(ctx);
    ctx.storage.put(PREFIX_UPDATER, newUpdater!);
    ctx.notify("UpdaterChanged", [hash160Item(oldUpdater), hash160Item(newUpdater)]);
  }),
  method("addAllowedCallback", [hash160], (ctx, contract) => {
    validateGatewayAdmin(ctx);
    check(isValidAddress(contract), "invalid contract");
    writeInt(ctx.storage, allowedCallbackKey(contract!), 1n);
    ctx.notify("CallbackAdded", [hash160Item(contract)]);
  }),
  method("removeAllowedCallback", [hash160], (ctx, contract) => {
    validateGatewayAdmin(ctx);
    if (contract === null) return vmFault("null contract address");
    ctx.storage.delete(allowedCallbackKey(contract));
    ctx.notify("CallbackRemoved", [hash160Item(contract)]);
  }),
  method("isAllowedCallback", [hash160], (ctx, contract) => boolItem(isAllowedCallback(ctx, contract)), { safe: true }),
  ...GATEWAY_REQUEST_METHODS,
  // ContractManagement.update: to the gateway's own NEF and manifest (its _deploy(null, true) runs); other code is not modelled (Execution.updateContract).
  method("update", [bytes, string], (ctx, nef, manifest) => {
    validateGatewayAdmin(ctx);
    ctx.updateSelf(nef, manifest, Any);
  }),
], [...CALLBACK_METHODS, "update"]);
