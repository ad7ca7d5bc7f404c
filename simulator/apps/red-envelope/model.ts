// Mirrors contracts/RedEnvelope/MiniAppRedEnvelope.cs: the contract MiniAppRedEnvelope over
// MiniAppComputeBase, its `_deploy` and `onNEP17Payment` (the base defaults), and the methods of
// its partial files: create.ts (.Create.cs), claims.ts (.Claims.cs), hybrid.ts (.Hybrid.cs),
// deprecated.ts (.Deprecated.cs), getters.ts (.Getters.cs); distribution.ts (.Distribution.cs).
import { bool, hash160, int, optBytes, optString, string } from "../../runtime/args.js";
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { intItem } from "../../runtime/items.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy, defaultOnNEP17Payment } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_COMPUTE_BASE_METHODS } from "../../bases/mini-app-compute-base.js";
import { claim, refundEnvelope } from "./claims.js";
import { createEnvelope, initiateEnvelope, onServiceCallback } from "./create.js";
import { DEPRECATED_METHODS } from "./deprecated.js";
import { GETTER_METHODS } from "./getters.js";
import { HYBRID_METHODS } from "./hybrid.js";

const who = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");
const creation = [hash160, int, int, int, string, int] as const;

export const RED_ENVELOPE: ContractModel = contractModel("MiniAppRedEnvelope", [
  ...MINI_APP_COMPUTE_BASE_METHODS,
  defaultDeploy(),
  defaultOnNEP17Payment(),
  method("createEnvelope", creation, (ctx, creator, total, n, duration, message, receiptId) => createEnvelope(ctx, { creator: who(creator), total, n, duration, message, receiptId })),
  method("onServiceCallback", [int, string, string, bool, optBytes, optString], (ctx, requestId, appId, serviceType, success, result) => onServiceCallback(ctx, requestId, appId, serviceType, success, result)),
  method("initiateEnvelope", creation, (ctx, creator, total, n, duration, message, receiptId) => initiateEnvelope(ctx, { creator: who(creator), total, n, duration, message, receiptId })),
  method("claim", [int, hash160], (ctx, id, claimer) => intItem(claim(ctx, id, who(claimer)))),
  method("refundEnvelope", [int], (ctx, id) => refundEnvelope(ctx, id)),
  ...HYBRID_METHODS,
  ...DEPRECATED_METHODS,
  ...GETTER_METHODS,
], APP_PERMISSIONS);
