// Mirrors contracts/DevPack/MiniAppGameBase.cs: bet limits on keys 10–13 (logic in bet-ledger.ts).
import type { CallContext } from "../runtime/call-context.js";
import type { ModelMethod } from "../runtime/contract-model.js";
import type { Hash160Le } from "../runtime/hash160.js";
import { betLedgerMethods, recordBetAt, validateBetLimitsAt, type BetLedgerKeys } from "./bet-ledger.js";
import { MINI_APP_BASE_METHODS } from "./mini-app-base-methods.js";

export const GAME_BET_KEYS: BetLedgerKeys = { daily: "10", last: "11", count: "12", limits: "13" };

/** BET(player, amount). */
export const validateBetLimits = (ctx: CallContext, player: Hash160Le | null, amount: bigint): void => validateBetLimitsAt(ctx, GAME_BET_KEYS, player, amount);

/** RECBET(player, amount). */
export const recordBet = (ctx: CallContext, player: Hash160Le, amount: bigint): void => recordBetAt(ctx, GAME_BET_KEYS, player, amount);

/** MiniAppGameBase's public ABI, inherited ones included. */
export const MINI_APP_GAME_BASE_METHODS: readonly ModelMethod[] = [
  ...MINI_APP_BASE_METHODS,
  ...betLedgerMethods(GAME_BET_KEYS, {
    limits: "getBetLimits", daily: "getPlayerDailyBet", last: "getPlayerLastBetTime", count: "getPlayerBetCount",
    set: "setBetLimits", event: "BetLimitsChanged",
  }),
];
