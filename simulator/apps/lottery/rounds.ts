// Mirrors contracts/Lottery/MiniAppLottery.Rounds.cs: buyTickets, the draw checks, SETTLE_ROUND
// (CloseRound), DRAW_FAIL and cancelDraw, in the contract's order of checks and effects.
import type { CallContext } from "../../runtime/call-context.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, hash160Item, intItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { intOfBytes } from "../../runtime/integer-bytes.js";
import { readInt, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { validateAdmin, validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { recordGameBet, validateGameBetLimits } from "../../bases/mini-app-game-compute-base.js";
import { deleteRequestData, getRequestData } from "../../bases/mini-app-service-base.js";
import { APP_ID, DRAW_TIMEOUT, MAX_TICKETS_PER_TX, MIN_PARTICIPANTS, prizeOf, TICKET_PRICE } from "./constants.js";
import { entryRecord, type Round } from "./records.js";
import { currentRoundId, loadRound, newRound, storeRound } from "./round-store.js";
import { entryKey, playerTicketsKey, PREFIX_CURRENT_ROUND, PREFIX_DRAW_TIME, PREFIX_ENTRY_COUNTER, PREFIX_PENDING_DRAW, PREFIX_TOTAL_PRIZES } from "./storage-keys.js";

export function buyTickets(ctx: CallContext, player: Hash160Le, ticketCount: bigint, receiptId: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  check(ticketCount >= 1n && ticketCount <= MAX_TICKETS_PER_TX, "1-100 tickets max");
  check(ctx.storage.get(PREFIX_PENDING_DRAW) === undefined, "draw in progress");
  validateUser(ctx, player);
  const cost = ticketCount * TICKET_PRICE;
  validateGameBetLimits(ctx, player, cost);
  validatePaymentReceipt(ctx, APP_ID, player, cost, receiptId);

  const r = loadRound(ctx, currentRoundId(ctx));
  const e = readInt(ctx.storage, PREFIX_ENTRY_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_ENTRY_COUNTER, e);
  writeRecord(ctx.storage, entryKey(e), entryRecord({ player, startTicket: r.totalTickets, count: ticketCount }));
  r.entryCount += 1n;
  const ticketsKey = playerTicketsKey(player, r.id);
  if (ctx.storage.get(ticketsKey) === undefined) r.participantCount += 1n;
  writeInt(ctx.storage, ticketsKey, readInt(ctx.storage, ticketsKey) + ticketCount);
  r.totalTickets += ticketCount;
  r.prizePool += cost;
  storeRound(ctx, r);
  recordGameBet(ctx, player, cost);
  ctx.notify("TicketPurchased", [hash160Item(player), intItem(ticketCount), intItem(r.id)]);
}

/** The three draw methods' checks after NP. */
export function checkDraw(ctx: CallContext): Round {
  validateAdmin(ctx);
  check(ctx.storage.get(PREFIX_PENDING_DRAW) === undefined, "draw already pending");
  const r = loadRound(ctx, currentRoundId(ctx));
  check(r.prizePool > 0n, "no prize pool");
  check(r.participantCount >= MIN_PARTICIPANTS, "min participants not met");
  return r;
}

/** SETTLE_ROUND(r, winner). */
export function closeRound(ctx: CallContext, r: Round, winner: Hash160Le): void {
  const prize = prizeOf(r.prizePool);
  storeRound(ctx, { ...r, winner, winnerPrize: prize, endTime: ctx.now, completed: true });
  writeInt(ctx.storage, PREFIX_TOTAL_PRIZES, readInt(ctx.storage, PREFIX_TOTAL_PRIZES) + prize);
  ctx.storage.delete(PREFIX_PENDING_DRAW);
  ctx.storage.delete(PREFIX_DRAW_TIME);
  const n = r.id + 1n;
  writeInt(ctx.storage, PREFIX_CURRENT_ROUND, n);
  storeRound(ctx, newRound(ctx, n, readInt(ctx.storage, PREFIX_ENTRY_COUNTER) + 1n));
  transferGas(ctx, winner, prize, "transfer failed");
  ctx.notify("WinnerDrawn", [hash160Item(winner), intItem(prize), intItem(r.id)]);
  ctx.notify("RoundCompleted", [intItem(r.id), hash160Item(winner), intItem(prize), intItem(r.totalTickets)]);
}

/** DRAW_FAIL(roundId, q). */
export function drawFail(ctx: CallContext, roundId: bigint, requestId: bigint): void {
  ctx.storage.delete(PREFIX_PENDING_DRAW);
  ctx.storage.delete(PREFIX_DRAW_TIME);
  ctx.notify("DrawFailed", [intItem(roundId), intItem(requestId)]);
}

export function cancelDraw(ctx: CallContext, roundId: bigint): void {
  validateAdmin(ctx);
  const pending = ctx.storage.get(PREFIX_PENDING_DRAW);
  const q = pending === undefined ? 0n : intOfBytes(pending);
  check(roundId === currentRoundId(ctx) && q > 0n && getRequestData(ctx, q) !== undefined, "no pending draw");
  check(ctx.now >= readInt(ctx.storage, PREFIX_DRAW_TIME) + DRAW_TIMEOUT, "draw not timed out");
  deleteRequestData(ctx, q);
  ctx.storage.delete(PREFIX_PENDING_DRAW);
  ctx.storage.delete(PREFIX_DRAW_TIME);
  ctx.notify("DrawCancelled", [intItem(roundId)]);
}

export function transferGas(ctx: CallContext, to: Hash160Le, amount: bigint, message: string): void {
  const sent = ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(to), intItem(amount), Any]);
  check(sent.type === "Boolean" && sent.value, message);
}
