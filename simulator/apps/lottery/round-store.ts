// Mirrors the record helpers of contracts/Lottery/MiniAppLottery.cs: NewRound, RoundExists,
// LoadRound, StoreRound, LoadEntry, CurrentRoundId and SeedOf.
import type { CallContext } from "../../runtime/call-context.js";
import { vmFault } from "../../runtime/fault.js";
import { ZERO_HASH160 } from "../../runtime/hash160.js";
import { readInt, readRecord, writeRecord } from "../../runtime/storage-values.js";
import { entryOf, roundOf, roundRecord, type Entry, type Round } from "./records.js";
import { entryKey, PREFIX_CURRENT_ROUND, roundKey } from "./storage-keys.js";

export const newRound = (ctx: CallContext, id: bigint, firstEntryId: bigint): Round => ({
  id, startTime: ctx.now, endTime: 0n, totalTickets: 0n, prizePool: 0n, participantCount: 0n, firstEntryId, entryCount: 0n,
  winner: ZERO_HASH160, winnerPrize: 0n, completed: false,
});

export const roundExists = (ctx: CallContext, id: bigint): boolean => ctx.storage.get(roundKey(id)) !== undefined;

export function loadRound(ctx: CallContext, id: bigint): Round {
  const record = readRecord(ctx.storage, roundKey(id));
  return record === null ? vmFault("deserializing an absent round") : roundOf(record);
}

export const storeRound = (ctx: CallContext, r: Round): void => writeRecord(ctx.storage, roundKey(r.id), roundRecord(r));

export function loadEntry(ctx: CallContext, id: bigint): Entry {
  const record = readRecord(ctx.storage, entryKey(id));
  return record === null ? vmFault("deserializing an absent entry") : entryOf(record);
}

export const currentRoundId = (ctx: CallContext): bigint => readInt(ctx.storage, PREFIX_CURRENT_ROUND);
