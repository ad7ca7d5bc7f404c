// Mirrors contracts/OnChainTarot/MiniAppOnChainTarot.cs: the contract MiniAppOnChainTarot over
// MiniAppComputeBase, its `_deploy` and `onNEP17Payment` (the base defaults), and the methods of
// its partial files: readings.ts (.Readings.cs), cards.ts (.Cards.cs), legacy.ts (.Legacy.cs),
// hybrid.ts (.Hybrid.cs), getters.ts (.Getters.cs); reading-record.ts (Reading.cs).
import { contractModel, type ContractModel } from "../../runtime/contract-model.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy, defaultOnNEP17Payment } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_COMPUTE_BASE_METHODS } from "../../bases/mini-app-compute-base.js";
import { GETTER_METHODS } from "./getters.js";
import { HYBRID_METHODS } from "./hybrid.js";
import { LEGACY_METHODS } from "./legacy.js";

const APP_METHODS = [...LEGACY_METHODS, ...HYBRID_METHODS, ...GETTER_METHODS];

export const ON_CHAIN_TAROT: ContractModel = contractModel("MiniAppOnChainTarot", [...MINI_APP_COMPUTE_BASE_METHODS, defaultDeploy(), defaultOnNEP17Payment(), ...APP_METHODS], APP_PERMISSIONS);
