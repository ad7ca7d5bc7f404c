// Mirrors contracts/CoinFlip/MiniAppCoinFlip.Getters.cs (coin-flip.md "ABI": the safe getters).
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { vmFault } from "../../runtime/fault.js";
import { Any, arrayItem, intItem } from "../../runtime/items.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { getScriptInfo } from "../../bases/mini-app-compute-base.js";
import { SCRIPT_NAME } from "./constants.js";
import { betKey, PREFIX_BET_COUNTER, PREFIX_JACKPOT_POOL, PREFIX_TOTAL_PAID, PREFIX_TOTAL_WAGERED, statsKey } from "./storage-keys.js";

const stored = (key: string) => (ctx: CallContext) => intItem(readInt(ctx.storage, key));

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("getFlipScriptInfo", [], (ctx) => getScriptInfo(ctx, SCRIPT_NAME), { safe: true }),
  method("getBet", [int], (ctx, betId) => readRecord(ctx.storage, betKey(betId)) ?? Any, { safe: true }),
  method("getPlayerStats", [hash160], (ctx, player) =>
    readRecord(ctx.storage, statsKey(player ?? vmFault("null UInt160"))) ?? arrayItem(Array.from({ length: 9 }, () => intItem(0n))), { safe: true }),
  method("getBetCount", [], stored(PREFIX_BET_COUNTER), { safe: true }),
  method("getTotalWagered", [], stored(PREFIX_TOTAL_WAGERED), { safe: true }),
  method("getTotalPaid", [], stored(PREFIX_TOTAL_PAID), { safe: true }),
  method("getJackpotPool", [], stored(PREFIX_JACKPOT_POOL), { safe: true }),
];
