// Mirrors contracts/Lottery/MiniAppLottery.Config.cs: cfg(type), the default rows, setLotteryConfig,
// enableLotteryType and the config getters (getLotteryConfig, getPrizeTiers,
// calculatePrizeFromSeed [H], getScratchConfigForFrontend [H], getLotteryConstants).
import { bool, bytes, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import { Any, arrayItem, boolItem, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readRecord, writeRecord } from "../../runtime/storage-values.js";
import { validateAdmin } from "../../bases/mini-app-base-validation.js";
import { MAX_LOTTERY_TYPE, MAX_TICKETS_PER_TX, MIN_PARTICIPANTS, PLATFORM_FEE_PERCENT, SCRIPT_SCRATCH, TICKET_PRICE } from "./constants.js";
import { scratchPrize } from "./prize.js";
import { configFields, configOf, configRecord, type LotteryConfig } from "./records.js";
import { configKey } from "./storage-keys.js";

export const isLotteryType = (t: bigint): boolean => t >= 0n && t <= MAX_LOTTERY_TYPE;

/** lottery.md "Constants": [price, instant, maxJackpot] of types 0–5 (all enabled). */
export const DEFAULT_CONFIGS: readonly (readonly [bigint, boolean, bigint])[] = [
  [5_000_000n, true, 500_000_000n],
  [20_000_000n, false, 10_000_000_000n],
  [10_000_000n, true, 1_000_000_000n],
  [30_000_000n, false, 20_000_000_000n],
  [50_000_000n, false, 50_000_000_000n],
  [100_000_000n, false, 100_000_000_000n],
];

export function defaultConfig(type: bigint): LotteryConfig {
  const [ticketPrice, isInstant, maxJackpot] = DEFAULT_CONFIGS[Number(type)]!;
  return { type, ticketPrice, isInstant, maxJackpot, enabled: true };
}

/** cfg(type) for 0 ≤ type ≤ 5. */
export function configFor(ctx: CallContext, type: bigint): LotteryConfig {
  const stored = readRecord(ctx.storage, configKey(type));
  return stored === null ? defaultConfig(type) : configOf(stored);
}

function storeConfig(ctx: CallContext, c: LotteryConfig): void {
  writeRecord(ctx.storage, configKey(c.type), configRecord(c));
  ctx.notify("LotteryConfigChanged", configFields(c));
}

export function setLotteryConfig(ctx: CallContext, type: bigint, ticketPrice: bigint, isInstant: boolean, maxJackpot: bigint, enabled: boolean): void {
  validateAdmin(ctx);
  check(isLotteryType(type), "invalid lottery type");
  check(ticketPrice > 0n, "invalid ticket price");
  check(maxJackpot > 0n, "invalid max jackpot");
  storeConfig(ctx, { type, ticketPrice, isInstant, maxJackpot, enabled });
}

export function enableLotteryType(ctx: CallContext, type: bigint, enabled: boolean): void {
  validateAdmin(ctx);
  check(isLotteryType(type), "invalid lottery type");
  storeConfig(ctx, { ...configFor(ctx, type), enabled });
}

const mapOf = (fields: readonly (readonly [string, StackItem])[]): StackItem => ({ type: "Map", entries: fields.map(([k, v]) => [stringItem(k), v] as const) });

function lotteryConfig(ctx: CallContext, type: bigint): StackItem {
  if (!isLotteryType(type)) return Any;
  return readRecord(ctx.storage, configKey(type)) ?? arrayItem(configFields(defaultConfig(type)));
}

function prizeTiers(ctx: CallContext, type: bigint): StackItem {
  if (!isLotteryType(type)) return mapOf([]);
  const c = configFor(ctx, type);
  const p = c.ticketPrice;
  return mapOf([
    ["tier1_odds", intItem(1000n)], ["tier1_prize", intItem(p)], ["tier2_odds", intItem(500n)], ["tier2_prize", intItem(2n * p)],
    ["tier3_odds", intItem(100n)], ["tier3_prize", intItem(5n * p)], ["tier4_odds", intItem(10n)], ["tier4_prize", intItem(20n * p)],
    ["tier5_odds", intItem(1n)], ["tier5_prize", intItem(100n * p < c.maxJackpot ? 100n * p : c.maxJackpot)],
  ]);
}

function scratchConfigForFrontend(ctx: CallContext, type: bigint): StackItem {
  if (!isLotteryType(type)) return mapOf([]);
  const c = configFor(ctx, type);
  return mapOf([["enabled", boolItem(c.enabled)], ["isInstant", boolItem(c.isInstant)], ["ticketPrice", intItem(c.ticketPrice)], ["maxJackpot", intItem(c.maxJackpot)], ["scriptName", stringItem(SCRIPT_SCRATCH)]]);
}

const lotteryConstants = (ctx: CallContext): StackItem => mapOf([
  ["ticketPrice", intItem(TICKET_PRICE)], ["platformFeePercent", intItem(PLATFORM_FEE_PERCENT)], ["maxTicketsPerTx", intItem(MAX_TICKETS_PER_TX)],
  ["minParticipants", intItem(MIN_PARTICIPANTS)], ["currentTime", intItem(ctx.now)],
]);

export const CONFIG_METHODS: readonly ModelMethod[] = [
  method("setLotteryConfig", [int, int, bool, int, bool], (ctx, t, price, instant, jackpot, enabled) => setLotteryConfig(ctx, t, price, instant, jackpot, enabled)),
  method("enableLotteryType", [int, bool], (ctx, t, enabled) => enableLotteryType(ctx, t, enabled)),
  method("getLotteryConfig", [int], lotteryConfig, { safe: true }),
  method("getPrizeTiers", [int], prizeTiers, { safe: true }),
  method("calculatePrizeFromSeed", [int, bytes], (ctx, t, seed) => intItem(isLotteryType(t) ? scratchPrize(configFor(ctx, t), seed) : 0n), { safe: true }),
  method("getScratchConfigForFrontend", [int], scratchConfigForFrontend, { safe: true }),
  method("getLotteryConstants", [], lotteryConstants, { safe: true }),
];
