// Mirrors contracts/DailyCheckin/MiniAppDailyCheckin.cs: the contract MiniAppDailyCheckin over
// MiniAppServiceBase, its `_deploy` and `onNEP17Payment` (the base defaults), and the methods of
// its partial files: check-in.ts (.CheckIn.cs), hybrid.ts (.Hybrid.cs), rewards.ts (.Rewards.cs),
// getters.ts (.Getters.cs).
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { hash160, int } from "../../runtime/args.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy, defaultOnNEP17Payment } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_SERVICE_BASE_METHODS } from "../../bases/mini-app-service-base.js";
import { checkIn } from "./check-in.js";
import { GETTER_METHODS } from "./getters.js";
import { HYBRID_METHODS } from "./hybrid.js";
import { claimRewards } from "./rewards.js";

export const DAILY_CHECKIN: ContractModel = contractModel("MiniAppDailyCheckin", [
  ...MINI_APP_SERVICE_BASE_METHODS,
  defaultDeploy(),
  defaultOnNEP17Payment(),
  method("checkIn", [hash160, int], (ctx, user, receiptId) => checkIn(ctx, user, receiptId)),
  method("claimRewards", [hash160], (ctx, user) => claimRewards(ctx, user)),
  ...HYBRID_METHODS,
  ...GETTER_METHODS,
], APP_PERMISSIONS);
