// Mirrors contracts/DoomsdayClock/MiniAppDoomsdayClock.Getters.cs (doomsday-clock.md "Getters").
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { Any, intItem } from "../../runtime/items.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { BASE_KEY_PRICE, KEY_PRICE_STEP } from "./constants.js";
import { loadRound } from "./round.js";
import { PREFIX_CARRY_OVER, PREFIX_CURRENT_ROUND, PREFIX_TOTAL_KEYS_SOLD, PREFIX_TOTAL_PRIZES_PAID, playerKeysKey, roundKey } from "./storage-keys.js";

const hasRound = (ctx: CallContext) => ctx.storage.get(PREFIX_CURRENT_ROUND) !== undefined;
const current = (ctx: CallContext) => loadRound(ctx, readInt(ctx.storage, PREFIX_CURRENT_ROUND));

function timeRemaining(ctx: CallContext): bigint {
  if (!hasRound(ctx)) return 0n;
  const r = current(ctx);
  if (!r.active) return 0n;
  const left = r.endTime - ctx.now;
  return left > 0n ? left : 0n;
}

const stored = (key: string) => (ctx: CallContext) => intItem(readInt(ctx.storage, key));

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("currentRoundId", [], stored(PREFIX_CURRENT_ROUND), { safe: true }),
  method("totalKeysSold", [], stored(PREFIX_TOTAL_KEYS_SOLD), { safe: true }),
  method("totalPrizesPaid", [], stored(PREFIX_TOTAL_PRIZES_PAID), { safe: true }),
  method("carryOver", [], stored(PREFIX_CARRY_OVER), { safe: true }),
  method("timeRemaining", [], (ctx) => intItem(timeRemaining(ctx)), { safe: true }),
  method("getRound", [int], (ctx, roundId) => (roundId <= 0n ? Any : readRecord(ctx.storage, roundKey(roundId)) ?? Any), { safe: true }),
  method("getPlayerKeys", [hash160, int], (ctx, player, roundId) => intItem(readInt(ctx.storage, playerKeysKey(player!, roundId))), { safe: true }),
  method("getCurrentKeyPrice", [], (ctx) => intItem(hasRound(ctx) ? BASE_KEY_PRICE + current(ctx).totalKeys * KEY_PRICE_STEP : BASE_KEY_PRICE), { safe: true }),
];
