// Mirrors contracts/NeoGacha/MiniAppNeoGacha.cs: the contract MiniAppNeoGacha over
// MiniAppGameComputeBase, its `_deploy` (the base default) and `onNEP17Payment` (every token
// accepted without effect), and the methods of its partial files: machines.ts (.Machines.cs),
// activation.ts (.Activation.cs), selection.ts (.Selection.cs), rng.ts (.Rng.cs), optimized.ts
// (.Optimized.cs), getters.ts (.Getters.cs).
import { any, hash160, int } from "../../runtime/args.js";
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_GAME_COMPUTE_BASE_METHODS } from "../../bases/mini-app-game-compute-base.js";
import { ACTIVATION_METHODS } from "./activation.js";
import { GETTER_METHODS } from "./getters.js";
import { MACHINE_METHODS } from "./machines.js";
import { OPTIMIZED_METHODS } from "./optimized.js";
import { RNG_METHODS } from "./rng.js";

export const NEO_GACHA: ContractModel = contractModel("MiniAppNeoGacha", [
  ...MINI_APP_GAME_COMPUTE_BASE_METHODS,
  defaultDeploy(),
  method("onNEP17Payment", [hash160, int, any], () => undefined),
  ...MACHINE_METHODS,
  ...ACTIVATION_METHODS,
  ...RNG_METHODS,
  ...OPTIMIZED_METHODS,
  ...GETTER_METHODS,
], APP_PERMISSIONS);
