// Mirrors contracts/CoinFlip/MiniAppCoinFlip.Hybrid.cs: initiateBet / settleBet (TEE-verified
// two-phase, script flip-coin) and calculateExpectedResult.
import { bool, bytes, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { arrayItem, boolItem, bytesItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { isScriptEnabled, validateScriptHash } from "../../bases/mini-app-compute-base.js";
import { deleteOperationSeed, generateOperationSeed, getOperationSeed } from "../../bases/mini-app-compute-base-seeds.js";
import { APP_ID, MODE_HYBRID, SCRIPT_NAME } from "./constants.js";
import { checkBet, loadBet, openBet, resolveBet } from "./bets.js";
import { flip } from "./outcome.js";

export function initiateBet(ctx: CallContext, player: Hash160Le, amount: bigint, choice: boolean, receiptId: bigint): StackItem {
  validateNotGloballyPaused(ctx, APP_ID);
  check(isScriptEnabled(ctx, SCRIPT_NAME), "script not registered");
  checkBet(ctx, player, amount, receiptId);
  const id = openBet(ctx, player, amount, choice, MODE_HYBRID);
  const seed = generateOperationSeed(ctx, id, player, SCRIPT_NAME);
  ctx.notify("BetInitiated", [hash160Item(player), intItem(id), intItem(amount), boolItem(choice), bytesItem(seed)]);
  return arrayItem([intItem(id), bytesItem(seed), stringItem(SCRIPT_NAME)]);
}

export function settleBet(ctx: CallContext, player: Hash160Le, betId: bigint, claimedWon: boolean, scriptHash: Hex): void {
  validateNotGloballyPaused(ctx, APP_ID);
  validateUser(ctx, player);
  validateScriptHash(ctx, SCRIPT_NAME, scriptHash);
  const bet = loadBet(ctx, betId);
  check(bet.player === player, "not your bet");
  check(!bet.resolved, "already resolved");
  check(bet.mode === MODE_HYBRID, "not hybrid mode");
  const seed = getOperationSeed(ctx, betId);
  check(seed !== undefined, "no seed");
  check(claimedWon === flip(seed!, bet.choice).won, "result mismatch");
  deleteOperationSeed(ctx, betId);
  resolveBet(ctx, betId, bet, seed!);
}

const user = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

export const HYBRID_METHODS: readonly ModelMethod[] = [
  method("initiateBet", [hash160, int, bool, int], (ctx, player, amount, choice, receiptId) => initiateBet(ctx, user(player), amount, choice, receiptId)),
  method("settleBet", [hash160, int, bool, bytes], (ctx, player, betId, claimedWon, scriptHash) => settleBet(ctx, user(player), betId, claimedWon, scriptHash)),
  method("calculateExpectedResult", [bytes, bool], (_ctx, seed, choice) => boolItem(flip(seed, choice).won), { safe: true }),
];
