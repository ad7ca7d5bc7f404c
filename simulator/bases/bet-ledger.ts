// Mirrors contracts/DevPack/MiniAppBase.BetLedger.cs: BET (validate), RECBET (record), the limits
// and the per-player getters, shared by GameBase (keys 10–13) and GameComputeBase (keys 30–33).
import { hash160, int } from "../runtime/args.js";
import type { CallContext } from "../runtime/call-context.js";
import { method, type ModelMethod } from "../runtime/contract-model.js";
import { check, vmFault } from "../runtime/fault.js";
import type { Hash160Le } from "../runtime/hash160.js";
import type { Hex } from "../runtime/hex.js";
import { arrayItem, intItem } from "../runtime/items.js";
import { fieldItems, intField } from "../runtime/record-fields.js";
import { readInt, readRecord, writeInt, writeRecord } from "../runtime/storage-values.js";
import { betLimitsOf, betLimitsRecord, CONSECUTIVE_RESET_FACTOR, DEFAULT_BET_LIMITS, type BetLimits } from "./bet-limits.js";
import { dayIndex } from "./mini-app-base.js";
import { validateAddress, validateAdmin } from "./mini-app-base-validation.js";

/** The four keys of one bet ledger: `10`–`13` or `30`–`33`. */
export interface BetLedgerKeys {
  readonly daily: Hex;
  readonly last: Hex;
  readonly count: Hex;
  readonly limits: Hex;
}

export const loadBetLimits = (ctx: CallContext, k: BetLedgerKeys): BetLimits => {
  const stored = readRecord(ctx.storage, k.limits);
  return stored === null ? DEFAULT_BET_LIMITS : betLimitsOf(stored);
};

/** dailyBet(p): the stored total if its stored day equals dayIndex(now), else 0. */
export function dailyBetOf(ctx: CallContext, k: BetLedgerKeys, player: Hash160Le, now: bigint): bigint {
  const stored = readRecord(ctx.storage, k.daily + player);
  if (stored === null) return 0n;
  return intField(stored, 0) === dayIndex(now) ? intField(stored, 1) : 0n;
}

/** BET(p, amount): checks 1–6 in order (devpack.md §3). */
export function validateBetLimitsAt(ctx: CallContext, k: BetLedgerKeys, player: Hash160Le | null, amount: bigint): void {
  validateAddress(player);
  check(amount > 0n, "amount must be > 0");
  const limits = loadBetLimits(ctx, k);
  check(amount <= limits.maxBet, "bet exceeds maximum");
  check(dailyBetOf(ctx, k, player, ctx.now) + amount <= limits.dailyLimit, "daily limit exceeded");
  const elapsed = ctx.now - readInt(ctx.storage, k.last + player);
  check(elapsed >= limits.cooldownMs, "cooldown active");
  const count = elapsed >= CONSECUTIVE_RESET_FACTOR * limits.cooldownMs ? 0n : readInt(ctx.storage, k.count + player);
  check(count < limits.maxConsecutive, "max consecutive bets reached");
}

/** RECBET(p, amount), from the values before the update; the daily record is an Array. */
export function recordBetAt(ctx: CallContext, k: BetLedgerKeys, player: Hash160Le, amount: bigint): void {
  const limits = loadBetLimits(ctx, k);
  const elapsed = ctx.now - readInt(ctx.storage, k.last + player);
  const count = elapsed >= CONSECUTIVE_RESET_FACTOR * limits.cooldownMs ? 1n : readInt(ctx.storage, k.count + player) + 1n;
  const total = dailyBetOf(ctx, k, player, ctx.now) + amount;
  writeRecord(ctx.storage, k.daily + player, arrayItem([intItem(dayIndex(ctx.now)), intItem(total)]));
  writeInt(ctx.storage, k.last + player, ctx.now);
  writeInt(ctx.storage, k.count + player, count);
}

/** The getters and the setter of one ledger under its manifest names, e.g. `getBetLimits`. */
export function betLedgerMethods(k: BetLedgerKeys, names: { limits: string; daily: string; last: string; count: string; set: string; event: string }): ModelMethod[] {
  const need = (p: Hash160Le | null): Hash160Le => p ?? vmFault("null player");
  return [
    // The stored Struct, or the defaults built as an Array (devpack.md §3).
    method(names.limits, [], (ctx) => readRecord(ctx.storage, k.limits) ?? arrayItem(fieldItems(betLimitsRecord(DEFAULT_BET_LIMITS))), { safe: true }),
    method(names.daily, [hash160], (ctx, p) => intItem(dailyBetOf(ctx, k, need(p), ctx.now)), { safe: true }),
    method(names.last, [hash160], (ctx, p) => intItem(readInt(ctx.storage, k.last + need(p))), { safe: true }),
    method(names.count, [hash160], (ctx, p) => intItem(readInt(ctx.storage, k.count + need(p))), { safe: true }),
    method(names.set, [int, int, int, int], (ctx, maxBet, dailyLimit, cooldownMs, maxConsecutive) => {
      validateAdmin(ctx);
      check(maxBet > 0n, "maxBet must be > 0");
      check(dailyLimit >= maxBet, "dailyLimit >= maxBet");
      check(cooldownMs >= 0n, "cooldownMs >= 0");
      check(maxConsecutive > 0n, "maxConsecutive > 0");
      writeRecord(ctx.storage, k.limits, betLimitsRecord({ maxBet, dailyLimit, cooldownMs, maxConsecutive }));
      ctx.notify(names.event, [intItem(maxBet), intItem(dailyLimit), intItem(cooldownMs), intItem(maxConsecutive)]);
    }),
  ];
}
