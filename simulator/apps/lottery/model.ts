// Mirrors contracts/Lottery/MiniAppLottery.cs: the contract MiniAppLottery over
// MiniAppGameComputeBase, its `_deploy` (round 1 opened) and `onNEP17Payment`, and the methods of
// its partial files: rounds.ts (.Rounds.cs), draw.ts (.Draw.cs), deprecated.ts (.Deprecated.cs),
// scratch.ts (.Scratch.cs), config.ts (.Config.cs), getters.ts (.Getters.cs); records.ts (Records.cs).
import { any, bool, hash160, int } from "../../runtime/args.js";
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { writeInt } from "../../runtime/storage-values.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { baseDeploy, defaultOnNEP17Payment } from "../../bases/mini-app-base-admin.js";
import { MINI_APP_GAME_COMPUTE_BASE_METHODS } from "../../bases/mini-app-game-compute-base.js";
import { CONFIG_METHODS } from "./config.js";
import { DEPRECATED_METHODS } from "./deprecated.js";
import { DRAW_METHODS } from "./draw.js";
import { GETTER_METHODS } from "./getters.js";
import { newRound, storeRound } from "./round-store.js";
import { buyTickets, cancelDraw } from "./rounds.js";
import { SCRATCH_METHODS } from "./scratch.js";
import { PREFIX_CURRENT_ROUND } from "./storage-keys.js";

const who = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

export const LOTTERY: ContractModel = contractModel("MiniAppLottery", [
  ...MINI_APP_GAME_COMPUTE_BASE_METHODS,
  method("_deploy", [any, bool], (ctx, _data, update) => {
    baseDeploy(ctx, update);
    if (update) return;
    writeInt(ctx.storage, PREFIX_CURRENT_ROUND, 1n);
    storeRound(ctx, newRound(ctx, 1n, 1n));
  }),
  defaultOnNEP17Payment(),
  method("buyTickets", [hash160, int, int], (ctx, player, count, receiptId) => buyTickets(ctx, who(player), count, receiptId)),
  method("cancelDraw", [int], (ctx, roundId) => cancelDraw(ctx, roundId)),
  ...DRAW_METHODS,
  ...DEPRECATED_METHODS,
  ...SCRATCH_METHODS,
  ...CONFIG_METHODS,
  ...GETTER_METHODS,
], APP_PERMISSIONS);
