// Mirrors contracts/Lottery/MiniAppLottery.Getters.cs (lottery.md "Getters", plain reads and getRoundEntry [H]).
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, boolItem, bytesItem, intItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { currentRoundId, loadRound, roundExists } from "./round-store.js";
import { entryKey, playerScratchCountKey, playerTicketsKey, PREFIX_PENDING_DRAW, PREFIX_TOTAL_PRIZES, randomnessKey, roundKey, scratchKey } from "./storage-keys.js";

const who = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

function roundEntry(ctx: CallContext, roundId: bigint, i: bigint): StackItem {
  if (!roundExists(ctx, roundId)) return Any;
  const r = loadRound(ctx, roundId);
  if (i < 0n || i >= r.entryCount) return Any;
  return readRecord(ctx.storage, entryKey(r.firstEntryId + i)) ?? vmFault("deserializing an absent entry");
}

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("getRoundEntry", [int, int], roundEntry, { safe: true }),
  method("getRound", [int], (ctx, id) => readRecord(ctx.storage, roundKey(id)) ?? Any, { safe: true }),
  method("getRoundRandomness", [int], (ctx, id) => bytesItem(ctx.storage.get(randomnessKey(id))), { safe: true }),
  method("currentRound", [], (ctx) => intItem(currentRoundId(ctx)), { safe: true }),
  method("totalPrizesDistributed", [], (ctx) => intItem(readInt(ctx.storage, PREFIX_TOTAL_PRIZES)), { safe: true }),
  method("isDrawPending", [], (ctx) => boolItem(ctx.storage.get(PREFIX_PENDING_DRAW) !== undefined), { safe: true }),
  method("getPlayerTickets", [hash160, int], (ctx, p, id) => intItem(readInt(ctx.storage, playerTicketsKey(who(p), id))), { safe: true }),
  method("getScratchTicket", [int], (ctx, id) => readRecord(ctx.storage, scratchKey(id)) ?? Any, { safe: true }),
  method("getPlayerScratchCount", [hash160], (ctx, p) => intItem(readInt(ctx.storage, playerScratchCountKey(who(p)))), { safe: true }),
];
