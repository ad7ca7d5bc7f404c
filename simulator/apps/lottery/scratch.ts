// Mirrors contracts/Lottery/MiniAppLottery.Scratch.cs: buyScratchTicket / revealScratchTicket
// (legacy), buyScratchTicketHybrid / revealScratchWithCalculation [H], REVEAL.
import { bytes, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { arrayItem, boolItem, bytesItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { validateAddress, validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { isScriptEnabled, validateScriptHash } from "../../bases/mini-app-compute-base.js";
import { deleteOperationSeed, generateOperationSeed, getOperationSeed, operationSeed } from "../../bases/mini-app-compute-base-seeds.js";
import { APP_ID, SCRIPT_SCRATCH } from "./constants.js";
import { configFor, isLotteryType } from "./config.js";
import { scratchPrize } from "./prize.js";
import { scratchOf, scratchRecord, type LotteryConfig, type ScratchTicket } from "./records.js";
import { transferGas } from "./rounds.js";
import { playerScratchCountKey, playerScratchKey, PREFIX_SCRATCH_COUNTER, PREFIX_TOTAL_PRIZES, scratchKey } from "./storage-keys.js";

export function buyScratchTicket(ctx: CallContext, player: Hash160Le | null, type: bigint, receiptId: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(player);
  const cfg = checkScratchPurchase(ctx, player, type, receiptId);
  const id = nextTicketId(ctx);
  const prize = scratchPrize(cfg, operationSeed(id, player, SCRIPT_SCRATCH, ctx.now, ctx.executing));
  storeNewScratch(ctx, id, player, type, prize, false);
  ctx.notify("ScratchTicketPurchased", [hash160Item(player), intItem(id), intItem(type), intItem(cfg.ticketPrice)]);
  return id;
}

export function revealScratchTicket(ctx: CallContext, player: Hash160Le | null, ticketId: bigint): StackItem {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(player);
  validateUser(ctx, player);
  const t = checkReveal(ctx, player, ticketId);
  check(!t.hybrid, "hybrid ticket");
  return reveal(ctx, t, t.prize);
}

export function buyScratchTicketHybrid(ctx: CallContext, player: Hash160Le | null, type: bigint, receiptId: bigint): StackItem {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(player);
  check(isScriptEnabled(ctx, SCRIPT_SCRATCH), "scratch script not registered");
  checkScratchPurchase(ctx, player, type, receiptId);
  const id = nextTicketId(ctx);
  const seed = generateOperationSeed(ctx, id, player, SCRIPT_SCRATCH);
  storeNewScratch(ctx, id, player, type, 0n, true);
  ctx.notify("ScratchTicketInitiated", [hash160Item(player), intItem(id), intItem(type), bytesItem(seed)]);
  return arrayItem([intItem(id), bytesItem(seed), stringItem(SCRIPT_SCRATCH)]);
}

export function revealScratchWithCalculation(ctx: CallContext, player: Hash160Le | null, ticketId: bigint, calculatedPrize: bigint, scriptHash: Hex): StackItem {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(player);
  validateScriptHash(ctx, SCRIPT_SCRATCH, scriptHash);
  validateUser(ctx, player);
  const t = checkReveal(ctx, player, ticketId);
  check(t.hybrid, "not hybrid ticket");
  const seed = getOperationSeed(ctx, ticketId);
  check(seed !== undefined, "seed not found");
  check(calculatedPrize === scratchPrize(configFor(ctx, t.type), seed!), "prize mismatch");
  deleteOperationSeed(ctx, ticketId);
  return reveal(ctx, t, calculatedPrize);
}

function checkScratchPurchase(ctx: CallContext, player: Hash160Le, type: bigint, receiptId: bigint): LotteryConfig {
  check(isLotteryType(type), "invalid lottery type");
  const cfg = configFor(ctx, type);
  check(cfg.enabled, "lottery type disabled");
  check(cfg.isInstant, "not instant lottery");
  validateUser(ctx, player);
  validatePaymentReceipt(ctx, APP_ID, player, cfg.ticketPrice, receiptId);
  return cfg;
}

function nextTicketId(ctx: CallContext): bigint {
  const id = readInt(ctx.storage, PREFIX_SCRATCH_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_SCRATCH_COUNTER, id);
  return id;
}

function checkReveal(ctx: CallContext, player: Hash160Le, ticketId: bigint): ScratchTicket {
  const record = readRecord(ctx.storage, scratchKey(ticketId));
  check(record !== null, "ticket not found");
  const t = scratchOf(record!);
  check(t.player === player, "not ticket owner");
  check(!t.scratched, "already scratched");
  return t;
}

function storeNewScratch(ctx: CallContext, id: bigint, player: Hash160Le, type: bigint, prize: bigint, hybrid: boolean): void {
  writeRecord(ctx.storage, scratchKey(id), scratchRecord({ id, player, type, purchaseTime: ctx.now, scratched: false, prize, hybrid }));
  const k = readInt(ctx.storage, playerScratchCountKey(player));
  writeInt(ctx.storage, playerScratchKey(player, k), id);
  writeInt(ctx.storage, playerScratchCountKey(player), k + 1n);
}

/** REVEAL(t, prize). */
function reveal(ctx: CallContext, t: ScratchTicket, prize: bigint): StackItem {
  writeRecord(ctx.storage, scratchKey(t.id), scratchRecord({ ...t, scratched: true, prize }));
  if (prize > 0n) {
    writeInt(ctx.storage, PREFIX_TOTAL_PRIZES, readInt(ctx.storage, PREFIX_TOTAL_PRIZES) + prize);
    transferGas(ctx, t.player, prize, "payout failed");
  }
  ctx.notify("ScratchTicketRevealed", [hash160Item(t.player), intItem(t.id), intItem(prize), boolItem(prize > 0n)]);
  const fields: [string, StackItem][] = [
    ["ticketId", intItem(t.id)], ["lotteryType", intItem(t.type)], ["isWinner", boolItem(prize > 0n)], ["prize", intItem(prize)], ["purchaseTime", intItem(t.purchaseTime)],
  ];
  return { type: "Map", entries: fields.map(([k, v]) => [stringItem(k), v] as const) };
}

export const SCRATCH_METHODS: readonly ModelMethod[] = [
  method("buyScratchTicket", [hash160, int, int], (ctx, p, type, receipt) => intItem(buyScratchTicket(ctx, p, type, receipt))),
  method("revealScratchTicket", [hash160, int], (ctx, p, id) => revealScratchTicket(ctx, p, id)),
  method("buyScratchTicketHybrid", [hash160, int, int], (ctx, p, type, receipt) => buyScratchTicketHybrid(ctx, p, type, receipt)),
  method("revealScratchWithCalculation", [hash160, int, int, bytes], (ctx, p, id, prize, hash) => revealScratchWithCalculation(ctx, p, id, prize, hash)),
];
