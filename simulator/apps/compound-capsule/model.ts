// Mirrors contracts/CompoundCapsule/MiniAppCompoundCapsule.cs: the contract MiniAppCompoundCapsule
// over MiniAppServiceBase, its `_deploy` (the base default) and `onNEP17Payment` (GAS and NEO from
// anyone, no effect), and the methods of its partial files: capsules.ts (.Capsules.cs), legacy.ts
// (.Legacy.cs), hybrid.ts (.Hybrid.cs), getters.ts (.Getters.cs); the record in capsule-record.ts.
import { any, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import { GAS_HASH, NEO_HASH } from "../../runtime/native-tokens.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_SERVICE_BASE_METHODS } from "../../bases/mini-app-service-base.js";
import { CAPSULE_METHODS } from "./capsules.js";
import { GETTER_METHODS } from "./getters.js";
import { HYBRID_METHODS } from "./hybrid.js";
import { LEGACY_METHODS } from "./legacy.js";

/** GAS and NEO from anyone (from = null included: the GAS NEO mints to the app), no effect. */
function acceptGasAndNeo(ctx: CallContext): void {
  check(ctx.calling === GAS_HASH || ctx.calling === NEO_HASH, "unsupported token");
}

export const COMPOUND_CAPSULE: ContractModel = contractModel("MiniAppCompoundCapsule", [
  ...MINI_APP_SERVICE_BASE_METHODS,
  defaultDeploy(),
  method("onNEP17Payment", [hash160, int, any], (ctx) => acceptGasAndNeo(ctx)),
  ...CAPSULE_METHODS,
  ...LEGACY_METHODS,
  ...HYBRID_METHODS,
  ...GETTER_METHODS,
], APP_PERMISSIONS);
