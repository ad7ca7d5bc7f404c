// Mirrors contracts/DoomsdayClock/MiniAppDoomsdayClock.cs: the contract MiniAppDoomsdayClock over
// MiniAppGameBase, its `_deploy` and `onNEP17Payment` (the base defaults), and the methods of its
// partial files: round.ts (.Round.cs), hybrid.ts (.Hybrid.cs), deprecated.ts (.Deprecated.cs),
// getters.ts (.Getters.cs).
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { any, bool, hash160, int } from "../../runtime/args.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { acceptGasOnly, baseDeploy } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_GAME_BASE_METHODS } from "../../bases/mini-app-game-base.js";
import { DEPRECATED_METHODS } from "./deprecated.js";
import { GETTER_METHODS } from "./getters.js";
import { HYBRID_METHODS } from "./hybrid.js";
import { checkAndEndRound, startNewRound } from "./round.js";

export const DOOMSDAY_CLOCK: ContractModel = contractModel("MiniAppDoomsdayClock", [
  ...MINI_APP_GAME_BASE_METHODS,
  method("_deploy", [any, bool], (ctx, _data, update) => baseDeploy(ctx, update)),
  method("onNEP17Payment", [hash160, int, any], (ctx) => acceptGasOnly(ctx)),
  method("startNewRound", [], (ctx) => startNewRound(ctx)),
  method("checkAndEndRound", [], (ctx) => checkAndEndRound(ctx)),
  ...HYBRID_METHODS,
  ...DEPRECATED_METHODS,
  ...GETTER_METHODS,
], APP_PERMISSIONS);
