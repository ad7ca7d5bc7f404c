// Mirrors contracts/OnChainTarot/MiniAppOnChainTarot.Hybrid.cs: initiateReading / settleReading
// (TEE-verified two-phase, script calculate-cards) and calculateCardsFromSeed.
import { array, bytes, hash160, int, string } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { arrayItem, boolItem, bytesItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { isScriptEnabled, validateScriptHash } from "../../bases/mini-app-compute-base.js";
import { deleteOperationSeed, generateOperationSeed, getOperationSeed } from "../../bases/mini-app-compute-base-seeds.js";
import { APP_ID, MAX_CARD_COUNT, MODE_HYBRID, SCRIPT_NAME, spreadCards, spreadFee, STATUS_COMPLETED, STATUS_PENDING } from "./constants.js";
import { cards } from "./cards.js";
import { cardsItem } from "./reading-record.js";
import { checkReading, newReading, storedReading, storeReading } from "./readings.js";

export function initiateReading(ctx: CallContext, user: Hash160Le, question: string, spreadType: bigint, category: bigint, receiptId: bigint): StackItem {
  checkReading(ctx, question, spreadType, category);
  check(isScriptEnabled(ctx, SCRIPT_NAME), "script not registered");
  validateUser(ctx, user);
  validatePaymentReceipt(ctx, APP_ID, user, spreadFee(spreadType), receiptId);
  const id = newReading(ctx, user, question, spreadType, category, MODE_HYBRID);
  const seed = generateOperationSeed(ctx, id, user, SCRIPT_NAME);
  const count = spreadCards(spreadType);
  ctx.notify("ReadingInitiated", [hash160Item(user), intItem(id), intItem(spreadType), intItem(count), bytesItem(seed)]);
  return arrayItem([intItem(id), bytesItem(seed), intItem(count), stringItem(SCRIPT_NAME)]);
}

/** NEO's NUMEQUAL of a submitted item with a card: a non-Integer item converts as the VM would (README §7 keeps them Integers). */
const cardValue = (item: StackItem): bigint => int(item);

export function settleReading(ctx: CallContext, user: Hash160Le, readingId: bigint, calculated: readonly StackItem[], scriptHash: Hex): StackItem {
  validateNotGloballyPaused(ctx, APP_ID);
  validateUser(ctx, user);
  const rd = storedReading(ctx, readingId);
  check(rd !== undefined, "reading not found");
  check(rd!.user === user, "not owner");
  check(rd!.status === STATUS_PENDING, "already completed");
  check(rd!.mode === MODE_HYBRID, "not hybrid mode");
  validateScriptHash(ctx, SCRIPT_NAME, scriptHash);
  const seed = getOperationSeed(ctx, readingId);
  check(seed !== undefined, "seed not found");
  const n = spreadCards(rd!.spreadType);
  check(BigInt(calculated.length) === n, "wrong card count");
  const honest = cards(seed!, n);
  honest.forEach((c, i) => check(cardValue(calculated[i]!) === c, "card mismatch"));
  storeReading(ctx, readingId, { ...rd!, cards: honest, status: STATUS_COMPLETED });
  deleteOperationSeed(ctx, readingId);
  ctx.notify("ReadingCompleted", [intItem(readingId), hash160Item(user), cardsItem(honest)]);
  return boolItem(true);
}

export function calculateCardsFromSeed(seed: Hex, cardCount: bigint): StackItem {
  check(cardCount >= 1n && cardCount <= MAX_CARD_COUNT, "invalid card count");
  return cardsItem(cards(seed, cardCount));
}

const user = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

export const HYBRID_METHODS: readonly ModelMethod[] = [
  method("initiateReading", [hash160, string, int, int, int], (ctx, u, question, spread, category, receiptId) => initiateReading(ctx, user(u), question, spread, category, receiptId)),
  method("settleReading", [hash160, int, array, bytes], (ctx, u, readingId, calculated, scriptHash) => settleReading(ctx, user(u), readingId, calculated, scriptHash)),
  method("calculateCardsFromSeed", [bytes, int], (_ctx, seed, count) => calculateCardsFromSeed(seed, count), { safe: true }),
];
