// Mirrors contracts/BurnLeague/MiniAppBurnLeague.cs: the contract MiniAppBurnLeague over
// MiniAppServiceBase, its `_deploy` and `onNEP17Payment` (the base defaults), and the methods of
// its partial files: burn.ts (.Burn.cs), hybrid.ts (.Hybrid.cs), seasons.ts (.Seasons.cs),
// rewards.ts (.Rewards.cs), getters.ts (.Getters.cs).
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { hash160, int } from "../../runtime/args.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy, defaultOnNEP17Payment } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_SERVICE_BASE_METHODS } from "../../bases/mini-app-service-base.js";
import { burnGas } from "./burn.js";
import { GETTER_METHODS } from "./getters.js";
import { HYBRID_METHODS } from "./hybrid.js";
import { claimReward, fundRewardPool } from "./rewards.js";
import { endSeason, startSeason } from "./seasons.js";

export const BURN_LEAGUE: ContractModel = contractModel("MiniAppBurnLeague", [
  ...MINI_APP_SERVICE_BASE_METHODS,
  defaultDeploy(),
  defaultOnNEP17Payment(),
  method("burnGas", [hash160, int, int], (ctx, b, a, r) => burnGas(ctx, b, a, r)),
  method("startSeason", [], (ctx) => startSeason(ctx)),
  method("endSeason", [], (ctx) => endSeason(ctx)),
  method("fundRewardPool", [hash160, int, int], (ctx, f, a, r) => fundRewardPool(ctx, f, a, r)),
  method("claimReward", [hash160, int], (ctx, c, id) => claimReward(ctx, c, id)),
  ...HYBRID_METHODS,
  ...GETTER_METHODS,
], APP_PERMISSIONS);
