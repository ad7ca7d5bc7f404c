// Mirrors contracts/TurtleMatch/MiniAppTurtleMatch.cs: the contract MiniAppTurtleMatch over
// MiniAppGameComputeBase, its `_deploy` and `onNEP17Payment` (the base defaults), and the methods
// of its partial files: game.ts (.Game.cs), sessions.ts (.Sessions.cs), getters.ts (.Getters.cs);
// session-record.ts mirrors Session.cs.
import { contractModel, type ContractModel } from "../../runtime/contract-model.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy, defaultOnNEP17Payment } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_GAME_COMPUTE_BASE_METHODS } from "../../bases/mini-app-game-compute-base.js";
import { GETTER_METHODS } from "./getters.js";
import { SESSION_METHODS } from "./sessions.js";

export const TURTLE_MATCH: ContractModel = contractModel("MiniAppTurtleMatch", [
  ...MINI_APP_GAME_COMPUTE_BASE_METHODS,
  defaultDeploy(),
  defaultOnNEP17Payment(),
  ...SESSION_METHODS,
  ...GETTER_METHODS,
], APP_PERMISSIONS);
