// Mirrors contracts/OnChainTarot/MiniAppOnChainTarot.Readings.cs (on-chain-tarot.md "Methods"):
// RCHK and NEWREADING in the contract's order of checks and effects, with its messages.
import type { CallContext } from "../../runtime/call-context.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { byteLength, utf8Hex } from "../../runtime/hex.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { validateNotGloballyPaused } from "../../bases/mini-app-base-validation.js";
import { APP_ID, MAX_CATEGORY, MAX_QUESTION_BYTES, STATUS_PENDING } from "./constants.js";
import { readingOf, readingRecord, type Reading } from "./reading-record.js";
import { PREFIX_READING_COUNTER, PREFIX_TOTAL_READINGS, readingKey, spreadCountKey, userReadingsKey } from "./storage-keys.js";

/** RCHK(user, question, spread, category) without A(user), which each method calls next. */
export function checkReading(ctx: CallContext, question: string, spreadType: bigint, category: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  const len = byteLength(utf8Hex(question));
  check(len >= 1 && len <= MAX_QUESTION_BYTES, "invalid question");
  check(spreadType >= 1n && spreadType <= 4n, "invalid spread");
  check(category >= 1n && category <= MAX_CATEGORY, "invalid category");
}

/** NEWREADING(user, question, spread, category, mode); returns the new reading id. */
export function newReading(ctx: CallContext, user: Hash160Le, question: string, spreadType: bigint, category: bigint, mode: bigint): bigint {
  const id = readInt(ctx.storage, PREFIX_READING_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_READING_COUNTER, id);
  writeRecord(ctx.storage, readingKey(id), readingRecord({ user, question, cards: [], spreadType, category, status: STATUS_PENDING, timestamp: ctx.now, mode }));
  add(ctx, userReadingsKey(user));
  add(ctx, PREFIX_TOTAL_READINGS);
  add(ctx, spreadCountKey(spreadType));
  return id;
}

/** The Reading at 41‖bytes(id), or undefined. */
export function storedReading(ctx: CallContext, id: bigint): Reading | undefined {
  const record = readRecord(ctx.storage, readingKey(id));
  return record === null ? undefined : readingOf(record);
}

export const storeReading = (ctx: CallContext, id: bigint, r: Reading): void => writeRecord(ctx.storage, readingKey(id), readingRecord(r));

const add = (ctx: CallContext, key: string): void => writeInt(ctx.storage, key, readInt(ctx.storage, key) + 1n);
