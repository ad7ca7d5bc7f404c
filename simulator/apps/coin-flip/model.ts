// Mirrors contracts/CoinFlip/MiniAppCoinFlip.cs: the contract MiniAppCoinFlip over
// MiniAppGameComputeBase, its `_deploy` and `onNEP17Payment` (the base defaults), and the methods
// of its partial files: bets.ts (.Bets.cs), legacy.ts (.Legacy.cs), hybrid.ts (.Hybrid.cs),
// getters.ts (.Getters.cs).
import { contractModel, type ContractModel } from "../../runtime/contract-model.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy, defaultOnNEP17Payment } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_GAME_COMPUTE_BASE_METHODS } from "../../bases/mini-app-game-compute-base.js";
import { GETTER_METHODS } from "./getters.js";
import { HYBRID_METHODS } from "./hybrid.js";
import { LEGACY_METHODS } from "./legacy.js";

export const COIN_FLIP: ContractModel = contractModel("MiniAppCoinFlip", [
  ...MINI_APP_GAME_COMPUTE_BASE_METHODS,
  defaultDeploy(),
  defaultOnNEP17Payment(),
  ...LEGACY_METHODS,
  ...HYBRID_METHODS,
  ...GETTER_METHODS,
], APP_PERMISSIONS);
