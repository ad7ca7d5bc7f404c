// Mirrors contracts/TurtleMatch/MiniAppTurtleMatch.Sessions.cs: startGame / settleGame (the
// TEE-verified two-phase path, script turtle-match-logic), in the contract's order of checks and
// effects, with its messages.
import { bytes, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, fail, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { Any, boolItem, bytesItem, hash160Item, intItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { isScriptEnabled, validateScriptHash } from "../../bases/mini-app-compute-base.js";
import { deleteOperationSeed, generateOperationSeed, getOperationSeed } from "../../bases/mini-app-compute-base-seeds.js";
import { recordGameBet, validateGameBetLimits } from "../../bases/mini-app-game-compute-base.js";
import { APP_ID, BLINDBOX_PRICE, MAX_BOXES, MAX_MATCHES_PER_BOX, MAX_REWARD_PER_BOX, MIN_BOXES, SCRIPT_NAME } from "./constants.js";
import { game } from "./game.js";
import { sessionOf, sessionRecord } from "./session-record.js";
import { playerSessionsKey, PREFIX_SESSION_COUNTER, PREFIX_TOTAL_BOXES, PREFIX_TOTAL_MATCHES, PREFIX_TOTAL_PAID, sessionKey } from "./storage-keys.js";

export function startGame(ctx: CallContext, player: Hash160Le, boxCount: bigint, receiptId: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  validateUser(ctx, player);
  check(isScriptEnabled(ctx, SCRIPT_NAME), "script not registered");
  check(boxCount >= MIN_BOXES && boxCount <= MAX_BOXES, "invalid box count");
  const pay = boxCount * BLINDBOX_PRICE;
  validateGameBetLimits(ctx, player, pay);
  validatePaymentReceipt(ctx, APP_ID, player, pay, receiptId);
  const sid = readInt(ctx.storage, PREFIX_SESSION_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_SESSION_COUNTER, sid);
  const seed = generateOperationSeed(ctx, sid, player, SCRIPT_NAME);
  writeRecord(ctx.storage, sessionKey(sid), sessionRecord({
    sessionId: sid, player, boxCount, payment: pay, startTime: ctx.now, settled: false, totalMatches: 0n, totalReward: 0n, settleTime: 0n,
  }));
  recordGameBet(ctx, player, pay);
  add(ctx, PREFIX_TOTAL_BOXES, boxCount);
  add(ctx, playerSessionsKey(player), 1n);
  ctx.notify("GameStarted", [hash160Item(player), intItem(sid), intItem(boxCount), bytesItem(seed)]);
  return sid;
}

/**
 * turtle-match.md settleGame, checks 1–11 in order. "seed not found" is unreachable in any sequence
 * (the seed is deleted only together with Settled := true, so "already settled" fires first);
 * "transfer failed" needs an app balance below a reward, which the fixture's funding rules out.
 */
export function settleGame(ctx: CallContext, player: Hash160Le, sessionId: bigint, totalMatches: bigint, totalReward: bigint, scriptHash: Hex): void {
  validateNotGloballyPaused(ctx, APP_ID);
  validateUser(ctx, player);
  validateScriptHash(ctx, SCRIPT_NAME, scriptHash);
  const record = readRecord(ctx.storage, sessionKey(sessionId));
  const session = record === null ? fail("session not found") : sessionOf(record);
  check(session.player === player, "not session owner");
  check(!session.settled, "already settled");
  const seed = getOperationSeed(ctx, sessionId);
  check(seed !== undefined, "seed not found");
  check(totalMatches >= 0n && totalMatches <= MAX_MATCHES_PER_BOX * session.boxCount, "matches out of bounds");
  check(totalReward >= 0n && totalReward <= MAX_REWARD_PER_BOX * session.boxCount, "reward out of bounds");
  const { matches, reward } = game(seed!, session.boxCount);
  check(totalMatches === matches, "matches mismatch");
  check(totalReward === reward, "reward mismatch");
  deleteOperationSeed(ctx, sessionId);
  writeRecord(ctx.storage, sessionKey(sessionId), sessionRecord({ ...session, settled: true, totalMatches: matches, totalReward: reward, settleTime: ctx.now }));
  add(ctx, PREFIX_TOTAL_MATCHES, matches);
  add(ctx, PREFIX_TOTAL_PAID, reward);
  if (reward > 0n) {
    const sent = ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(player), intItem(reward), Any]);
    check(sent.type === "Boolean" && sent.value, "transfer failed");
  }
  ctx.notify("GameSettled", [hash160Item(player), intItem(sessionId), intItem(matches), intItem(reward)]);
}

const add = (ctx: CallContext, key: Hex, v: bigint): void => writeInt(ctx.storage, key, readInt(ctx.storage, key) + v);
const user = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

export const SESSION_METHODS: readonly ModelMethod[] = [
  method("startGame", [hash160, int, int], (ctx, player, boxCount, receiptId) => intItem(startGame(ctx, user(player), boxCount, receiptId))),
  method("settleGame", [hash160, int, int, int, bytes], (ctx, player, sessionId, totalMatches, totalReward, scriptHash) => {
    settleGame(ctx, user(player), sessionId, totalMatches, totalReward, scriptHash);
    return boolItem(true);
  }),
];
