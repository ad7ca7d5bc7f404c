// Mirrors contracts/CoinFlip/MiniAppCoinFlip.Bets.cs (coin-flip.md "Methods"): BCHK, OPEN,
// RESOLVE, REFUND, in the contract's order of checks and effects, with its messages.
import type { CallContext } from "../../runtime/call-context.js";
import { check, fail } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { Any, boolItem, hash160Item, intItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { recordGameBet, validateGameBetLimits } from "../../bases/mini-app-game-compute-base.js";
import { APP_ID, JACKPOT_CONTRIBUTION_BPS, MAX_BET, MIN_BET, STREAK_LOSS, STREAK_WIN } from "./constants.js";
import { betOf, betRecord, type Bet } from "./bet-record.js";
import { flip, payoutOf } from "./outcome.js";
import { NO_STATS, statsOf, statsRecord, type PlayerStats } from "./player-stats.js";
import { betKey, PREFIX_BET_COUNTER, PREFIX_JACKPOT_POOL, PREFIX_TOTAL_PAID, PREFIX_TOTAL_WAGERED, statsKey } from "./storage-keys.js";

/** BCHK(player, a): A(player), the app's bet range, BET(player, a), RCPT(player, a, receiptId). */
export function checkBet(ctx: CallContext, player: Hash160Le, amount: bigint, receiptId: bigint): void {
  validateUser(ctx, player);
  check(amount >= MIN_BET, "bet too small");
  check(amount <= MAX_BET, "bet too large");
  validateGameBetLimits(ctx, player, amount);
  validatePaymentReceipt(ctx, APP_ID, player, amount, receiptId);
}

/** OPEN(player, a, choice, mode); returns the new bet id. */
export function openBet(ctx: CallContext, player: Hash160Le, amount: bigint, choice: boolean, mode: bigint): bigint {
  const id = readInt(ctx.storage, PREFIX_BET_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_BET_COUNTER, id);
  const bet: Bet = { player, amount, choice, timestamp: ctx.now, resolved: false, won: false, payout: 0n, streakBonus: 0n, mode, refunded: false };
  writeRecord(ctx.storage, betKey(id), betRecord(bet));
  add(ctx, PREFIX_JACKPOT_POOL, (amount * JACKPOT_CONTRIBUTION_BPS) / 10_000n);
  add(ctx, PREFIX_TOTAL_WAGERED, amount);
  recordGameBet(ctx, player, amount);
  return id;
}

export function loadStats(ctx: CallContext, player: Hash160Le): PlayerStats {
  const record = readRecord(ctx.storage, statsKey(player));
  return record === null ? { ...NO_STATS } : statsOf(record);
}

/** RESOLVE(bet, x): state first (pool, total paid, stats, the bet), then the transfer, then the events. */
export function resolveBet(ctx: CallContext, betId: bigint, bet: Bet, x: Hex): void {
  const f = flip(x, bet.choice);
  const stats = loadStats(ctx, bet.player);
  const pool = readInt(ctx.storage, PREFIX_JACKPOT_POOL);
  const { payout, bonus, jackpot } = payoutOf(f, bet.amount, stats.currentWinStreak, pool);
  if (jackpot) writeInt(ctx.storage, PREFIX_JACKPOT_POOL, 0n);
  if (f.won) add(ctx, PREFIX_TOTAL_PAID, payout);
  stats.totalBets += 1n;
  stats.totalWagered += bet.amount;
  if (f.won) {
    stats.totalWins += 1n;
    stats.totalWon += payout;
    stats.currentWinStreak += 1n;
    stats.currentLossStreak = 0n;
    if (stats.currentWinStreak > stats.bestWinStreak) stats.bestWinStreak = stats.currentWinStreak;
    if (jackpot) stats.jackpotsWon += 1n;
  } else {
    stats.totalLosses += 1n;
    stats.currentLossStreak += 1n;
    stats.currentWinStreak = 0n;
  }
  writeRecord(ctx.storage, statsKey(bet.player), statsRecord(stats));
  writeRecord(ctx.storage, betKey(betId), betRecord({ ...bet, resolved: true, won: f.won, payout, streakBonus: bonus }));
  if (f.won) transfer(ctx, bet.player, payout);
  if (jackpot) ctx.notify("JackpotWon", [hash160Item(bet.player), intItem(pool)]);
  if (f.won) ctx.notify("StreakUpdated", [hash160Item(bet.player), intItem(STREAK_WIN), intItem(stats.currentWinStreak)]);
  else ctx.notify("StreakUpdated", [hash160Item(bet.player), intItem(STREAK_LOSS), intItem(stats.currentLossStreak)]);
  ctx.notify("BetResolved", [hash160Item(bet.player), intItem(betId), boolItem(f.won), intItem(payout)]);
}

/** REFUND(bet): stats unchanged; the jackpot contribution stays in the pool. */
export function refundBet(ctx: CallContext, betId: bigint, bet: Bet): void {
  writeRecord(ctx.storage, betKey(betId), betRecord({ ...bet, resolved: true, refunded: true, payout: bet.amount }));
  transfer(ctx, bet.player, bet.amount);
  ctx.notify("BetRefunded", [hash160Item(bet.player), intItem(betId), intItem(bet.amount)]);
}

/** The Bet at 41‖bytes(betId); "bet not found" when absent. */
export function loadBet(ctx: CallContext, betId: bigint): Bet {
  const record = readRecord(ctx.storage, betKey(betId));
  return record === null ? fail("bet not found") : betOf(record);
}

function transfer(ctx: CallContext, to: Hash160Le, amount: bigint): void {
  const sent = ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(to), intItem(amount), Any]);
  check(sent.type === "Boolean" && sent.value, "transfer failed");
}

const add = (ctx: CallContext, key: Hex, v: bigint): void => writeInt(ctx.storage, key, readInt(ctx.storage, key) + v);
