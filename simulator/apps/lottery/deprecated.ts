// Mirrors contracts/Lottery/MiniAppLottery.Deprecated.cs: onServiceCallback [D] (the O(n) winner
// walk in the callback), selectWinner [D], getRoundParticipantsForFrontend [D],
// getPlayerUnrevealedTickets [D].
import { bool, bytes, hash160, int, optBytes, optString, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { intOfBytes } from "../../runtime/integer-bytes.js";
import { arrayItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { deleteRequestData, isCallbackFailure, SERVICE_TYPE_RNG, validateCallback } from "../../bases/mini-app-service-base.js";
import { APP_ID } from "./constants.js";
import { winningTicket } from "./prize.js";
import { scratchOf } from "./records.js";
import { closeRound, drawFail } from "./rounds.js";
import { loadEntry, loadRound, roundExists } from "./round-store.js";
import { playerScratchCountKey, playerScratchKey, scratchKey } from "./storage-keys.js";

export function onServiceCallback(ctx: CallContext, requestId: bigint, appId: string, serviceType: string, success: boolean, result: Hex | null): void {
  const roundId = intOfBytes(validateCallback(ctx, requestId, appId, serviceType, SERVICE_TYPE_RNG, APP_ID));
  deleteRequestData(ctx, requestId);
  if (isCallbackFailure(success, result)) {
    drawFail(ctx, roundId, requestId);
    return;
  }
  const r = loadRound(ctx, roundId);
  closeRound(ctx, r, selectWinner(ctx, roundId, result!) ?? vmFault("SETTLE_ROUND with a null winner"));
}

/** O(n): the first entry with w < StartTicket + Count; null for an absent round or no tickets. */
export function selectWinner(ctx: CallContext, roundId: bigint, randomness: Hex): Hash160Le | null {
  if (!roundExists(ctx, roundId)) return null;
  const r = loadRound(ctx, roundId);
  if (r.totalTickets === 0n) return null;
  const w = winningTicket(randomness, r.totalTickets);
  for (let i = 0n; i < r.entryCount; i++) {
    const e = loadEntry(ctx, r.firstEntryId + i);
    if (w < e.startTicket + e.count) return e.player;
  }
  return null;
}

function roundParticipants(ctx: CallContext, roundId: bigint): StackItem {
  if (!roundExists(ctx, roundId)) return { type: "Map", entries: [] };
  const r = loadRound(ctx, roundId);
  const entries = Array.from({ length: Number(r.entryCount) }, (_, i) => loadEntry(ctx, r.firstEntryId + BigInt(i)));
  const fields: [string, StackItem][] = [
    ["participantCount", intItem(r.participantCount)],
    ["entryCount", intItem(r.entryCount)],
    ["totalTickets", intItem(r.totalTickets)],
    ["participants", arrayItem(entries.map((e) => hash160Item(e.player)))],
    ["startTickets", arrayItem(entries.map((e) => intItem(e.startTicket)))],
    ["cumulativeSums", arrayItem(entries.map((e) => intItem(e.startTicket + e.count)))],
  ];
  return { type: "Map", entries: fields.map(([k, v]) => [stringItem(k), v] as const) };
}

/** O(2n): the unscratched tickets' stored Structs in list order. */
function unrevealedTickets(ctx: CallContext, player: Hash160Le): StackItem {
  const count = readInt(ctx.storage, playerScratchCountKey(player));
  const out: StackItem[] = [];
  for (let k = 0n; k < count; k++) {
    const record = readRecord(ctx.storage, scratchKey(readInt(ctx.storage, playerScratchKey(player, k)))) ?? vmFault("deserializing an absent ticket");
    if (!scratchOf(record).scratched) out.push(record);
  }
  return arrayItem(out);
}

const who = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

export const DEPRECATED_METHODS: readonly ModelMethod[] = [
  method("onServiceCallback", [int, string, string, bool, optBytes, optString], (ctx, q, appId, type, ok, result) => onServiceCallback(ctx, q, appId, type, ok, result)),
  method("selectWinner", [int, bytes], (ctx, roundId, randomness) => hash160Item(selectWinner(ctx, roundId, randomness)), { safe: true }),
  method("getRoundParticipantsForFrontend", [int], roundParticipants, { safe: true }),
  method("getPlayerUnrevealedTickets", [hash160], (ctx, p) => unrevealedTickets(ctx, who(p)), { safe: true }),
];
