// Mirrors contracts/OnChainTarot/MiniAppOnChainTarot.Getters.cs (on-chain-tarot.md "ABI": the safe getters).
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { vmFault } from "../../runtime/fault.js";
import { Any, bytesItem, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { getScriptHash, getScriptVersion } from "../../bases/mini-app-compute-base.js";
import { SCRIPT_NAME, SPREADS, TOTAL_CARDS } from "./constants.js";
import { cardsItem } from "./reading-record.js";
import { PREFIX_TOTAL_READINGS, readingKey, spreadCountKey, userReadingsKey } from "./storage-keys.js";

/** {totalCards, scriptName, scriptHash (null when not registered), scriptVersion, fees, cardCounts, currentTime}. */
function tarotConstants(ctx: CallContext): StackItem {
  const entries: [string, StackItem][] = [
    ["totalCards", intItem(TOTAL_CARDS)], ["scriptName", stringItem(SCRIPT_NAME)], ["scriptHash", bytesItem(getScriptHash(ctx, SCRIPT_NAME))],
    ["scriptVersion", intItem(getScriptVersion(ctx, SCRIPT_NAME))], ["fees", cardsItem(SPREADS.map(([, fee]) => fee))],
    ["cardCounts", cardsItem(SPREADS.map(([n]) => n))], ["currentTime", intItem(ctx.now)],
  ];
  return { type: "Map", entries: entries.map(([k, v]) => [stringItem(k), v] as const) };
}

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("getTarotConstants", [], tarotConstants, { safe: true }),
  method("getReading", [int], (ctx, id) => readRecord(ctx.storage, readingKey(id)) ?? Any, { safe: true }),
  method("getUserReadingCount", [hash160], (ctx, u) => intItem(readInt(ctx.storage, userReadingsKey(u ?? vmFault("null UInt160")))), { safe: true }),
  method("totalReadings", [], (ctx) => intItem(readInt(ctx.storage, PREFIX_TOTAL_READINGS)), { safe: true }),
  method("getSpreadCount", [int], (ctx, s) => intItem(readInt(ctx.storage, spreadCountKey(s))), { safe: true }),
];
