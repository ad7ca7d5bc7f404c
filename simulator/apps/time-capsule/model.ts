// Mirrors contracts/TimeCapsule/MiniAppTimeCapsule.cs: the contract MiniAppTimeCapsule over
// MiniAppTimeLockBase, its `_deploy` and `onNEP17Payment` (the base defaults), and the methods of
// its partial files: capsules.ts (.Capsules.cs), hybrid.ts (.Hybrid.cs), deprecated.ts
// (.Deprecated.cs), getters.ts (.Getters.cs); the record and its helpers in capsule-record.ts.
import { contractModel, type ContractModel } from "../../runtime/contract-model.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy, defaultOnNEP17Payment } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_TIME_LOCK_BASE_METHODS } from "../../bases/mini-app-time-lock-base.js";
import { CAPSULE_METHODS } from "./capsules.js";
import { DEPRECATED_METHODS } from "./deprecated.js";
import { GETTER_METHODS } from "./getters.js";
import { HYBRID_METHODS } from "./hybrid.js";

export const TIME_CAPSULE: ContractModel = contractModel("MiniAppTimeCapsule", [
  ...MINI_APP_TIME_LOCK_BASE_METHODS,
  defaultDeploy(),
  defaultOnNEP17Payment(),
  ...CAPSULE_METHODS,
  ...HYBRID_METHODS,
  ...DEPRECATED_METHODS,
  ...GETTER_METHODS,
], APP_PERMISSIONS);
