import { bytes, int } from "../../simulator/runtime/args.js";
import { method, type ContractModel } from "../../simulator/runtime/contract-model.js";
import { H } from "../../simulator/runtime/hash.js";
import { intItem } from "../../simulator/runtime/items.js";
import { beN } from "../../simulator/runtime/rand.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { configFor, isLotteryType } from "../../simulator/apps/lottery/config.js";
import { LOTTERY } from "../../simulator/apps/lottery/model.js";
import { PREFIX_TOTAL_PRIZES } from "../../simulator/apps/lottery/storage-keys.js";
import { withKeyUnchanged, withMethodOf } from "./broken-models.js";

/**
 * A deliberately broken Lottery model: `calculatePrizeFromSeed` with the 20p tier's bound off by one
 * (roll ≤ 11 instead of < 11), the slip a frontend makes when it transcribes the tier table.
 */
export function withOffByOneTier(name: string): ContractModel {
  if (name !== LOTTERY.name) return contractModelOf(name);
  return withMethodOf(LOTTERY, method("calculatePrizeFromSeed", [int, bytes], (ctx, type, seed) => {
    if (!isLotteryType(type)) return intItem(0n);
    const cfg = configFor(ctx, type);
    const roll = beN(H(seed), 8) % 10_000n;
    const p = cfg.ticketPrice;
    const prize = roll < 1n ? (100n * p < cfg.maxJackpot ? 100n * p : cfg.maxJackpot) : roll <= 11n ? 20n * p : roll < 111n ? 5n * p : roll < 611n ? 2n * p : roll < 1611n ? p : 0n;
    return intItem(prize);
  }, { safe: true }));
}

/** A mistake shared with a broken contract: round and scratch prizes are paid but never booked in `46`. */
export function withUnbookedPrizes(name: string): ContractModel {
  return name === LOTTERY.name ? withKeyUnchanged(LOTTERY, PREFIX_TOTAL_PRIZES) : contractModelOf(name);
}
