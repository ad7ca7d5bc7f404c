// Mirrors contracts/DoomsdayClock/MiniAppDoomsdayClock.Round.cs (doomsday-clock.md "Methods"):
// startNewRound, checkAndEndRound, SETTLE(r), BUY(player, n, cost) and purchase steps 1–4,
// in the contract's order of checks and with its messages.
import type { CallContext } from "../../runtime/call-context.js";
import { check, fail, vmFault } from "../../runtime/fault.js";
import { ZERO_HASH160, type Hash160Le } from "../../runtime/hash160.js";
import { Any, hash160Item, intItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { validateAdmin, validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { recordBet } from "../../bases/mini-app-game-base.js";
import { APP_ID, INITIAL_DURATION, MAX_DURATION, MIN_KEYS, TIME_ADDED_PER_KEY, WINNER_SHARE_BPS } from "./constants.js";
import { potContribution } from "./key-cost.js";
import { roundOf, roundRecord, type Round } from "./round-record.js";
import { PREFIX_CARRY_OVER, PREFIX_CURRENT_ROUND, PREFIX_TOTAL_KEYS_SOLD, PREFIX_TOTAL_PRIZES_PAID, playerKeysKey, roundKey } from "./storage-keys.js";

export function startNewRound(ctx: CallContext): void {
  validateAdmin(ctx);
  const cur = ctx.storage.get(PREFIX_CURRENT_ROUND);
  if (cur !== undefined) check(!loadRound(ctx, readInt(ctx.storage, PREFIX_CURRENT_ROUND)).active, "round active");
  const id = readInt(ctx.storage, PREFIX_CURRENT_ROUND) + 1n;
  const endTime = ctx.now + INITIAL_DURATION;
  writeInt(ctx.storage, PREFIX_CURRENT_ROUND, id);
  const init = readInt(ctx.storage, PREFIX_CARRY_OVER);
  writeInt(ctx.storage, PREFIX_CARRY_OVER, 0n);
  const r: Round = { id, startTime: ctx.now, endTime, pot: init, totalKeys: 0n, lastBuyer: ZERO_HASH160, winner: ZERO_HASH160, winnerPrize: 0n, active: true, settled: false };
  writeRecord(ctx.storage, roundKey(id), roundRecord(r));
  ctx.notify("RoundStarted", [intItem(id), intItem(endTime), intItem(init)]);
}

export function checkAndEndRound(ctx: CallContext): void {
  validateNotGloballyPaused(ctx, APP_ID);
  const r = requireActiveRound(ctx);
  check(ctx.now >= r.endTime, "round not ended");
  settle(ctx, r);
}

/** Purchase steps 1–4: NP, min 1 key, an active round, A(player); returns r. */
export function beginPurchase(ctx: CallContext, player: Hash160Le, keyCount: bigint): Round {
  validateNotGloballyPaused(ctx, APP_ID);
  check(keyCount >= MIN_KEYS, "min 1 key");
  const r = requireActiveRound(ctx);
  validateUser(ctx, player);
  return r;
}

function requireActiveRound(ctx: CallContext): Round {
  if (ctx.storage.get(PREFIX_CURRENT_ROUND) === undefined) fail("no active round");
  const r = loadRound(ctx, readInt(ctx.storage, PREFIX_CURRENT_ROUND));
  check(r.active, "no active round");
  return r;
}

/** SETTLE(r): both callers checked r.Active just before. */
export function settle(ctx: CallContext, r: Round): void {
  const winner = r.lastBuyer;
  const prize = winner !== ZERO_HASH160 ? (r.pot * WINNER_SHARE_BPS) / 10_000n : 0n;
  storeCurrentRound(ctx, { ...r, active: false, settled: true, winner, winnerPrize: prize });
  writeInt(ctx.storage, PREFIX_CARRY_OVER, readInt(ctx.storage, PREFIX_CARRY_OVER) + r.pot - prize);
  if (prize > 0n) {
    writeInt(ctx.storage, PREFIX_TOTAL_PRIZES_PAID, readInt(ctx.storage, PREFIX_TOTAL_PRIZES_PAID) + prize);
    const sent = ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(winner), intItem(prize), Any]);
    check(sent.type === "Boolean" && sent.value, "transfer failed");
  }
  ctx.notify("DoomsdayWinner", [hash160Item(winner), intItem(prize), intItem(r.id)]);
}

/** BUY(player, n, cost): the effects of a purchase that passed its checks. */
export function buy(ctx: CallContext, r: Round, player: Hash160Le, n: bigint, cost: bigint): void {
  const pc = potContribution(cost);
  const next: Round = {
    ...r,
    pot: r.pot + pc,
    totalKeys: r.totalKeys + n,
    lastBuyer: player,
    endTime: min(r.endTime + n * TIME_ADDED_PER_KEY, ctx.now + MAX_DURATION),
  };
  storeCurrentRound(ctx, next);
  const keys = playerKeysKey(player, next.id);
  writeInt(ctx.storage, keys, readInt(ctx.storage, keys) + n);
  writeInt(ctx.storage, PREFIX_TOTAL_KEYS_SOLD, readInt(ctx.storage, PREFIX_TOTAL_KEYS_SOLD) + n);
  recordBet(ctx, player, cost);
  ctx.notify("KeysPurchased", [hash160Item(player), intItem(n), intItem(pc), intItem(next.id)]);
  ctx.notify("TimeExtended", [intItem(next.id), intItem(next.endTime), intItem(n)]);
}

export function loadRound(ctx: CallContext, roundId: bigint): Round {
  const record = readRecord(ctx.storage, roundKey(roundId));
  // StdLib.Deserialize(null) faults in the VM; unreachable while `40` implies its round record.
  if (record === null) return vmFault("deserializing an absent round");
  return roundOf(record);
}

/** Store r at RK = 41‖bytes(cur). */
function storeCurrentRound(ctx: CallContext, r: Round): void {
  writeRecord(ctx.storage, roundKey(readInt(ctx.storage, PREFIX_CURRENT_ROUND)), roundRecord(r));
}

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
