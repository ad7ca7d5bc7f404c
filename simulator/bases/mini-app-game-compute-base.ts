// Mirrors contracts/DevPack/MiniAppGameComputeBase.cs: bet limits on keys 30–33, exactly as 10–13
// of MiniAppGameBase (logic in bet-ledger.ts).
import type { CallContext } from "../runtime/call-context.js";
import type { ModelMethod } from "../runtime/contract-model.js";
import type { Hash160Le } from "../runtime/hash160.js";
import { betLedgerMethods, recordBetAt, validateBetLimitsAt, type BetLedgerKeys } from "./bet-ledger.js";
import { MINI_APP_COMPUTE_BASE_METHODS } from "./mini-app-compute-base.js";

export const GAME_COMPUTE_BET_KEYS: BetLedgerKeys = { daily: "30", last: "31", count: "32", limits: "33" };

export const validateGameBetLimits = (ctx: CallContext, player: Hash160Le | null, amount: bigint): void =>
  validateBetLimitsAt(ctx, GAME_COMPUTE_BET_KEYS, player, amount);

export const recordGameBet = (ctx: CallContext, player: Hash160Le, amount: bigint): void => recordBetAt(ctx, GAME_COMPUTE_BET_KEYS, player, amount);

/** MiniAppGameComputeBase's public ABI, inherited ones included. */
export const MINI_APP_GAME_COMPUTE_BASE_METHODS: readonly ModelMethod[] = [
  ...MINI_APP_COMPUTE_BASE_METHODS,
  ...betLedgerMethods(GAME_COMPUTE_BET_KEYS, {
    limits: "getGameBetLimits", daily: "getGamePlayerDailyBet", last: "getGamePlayerLastBetTime", count: "getGamePlayerBetCount",
    set: "setGameBetLimits", event: "GameBetLimitsChanged",
  }),
];
