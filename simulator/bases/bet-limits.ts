// Mirrors contracts/DevPack/BetLimits.cs: the limits record at 13 (GameBase) / 33 (GameComputeBase).
import { intItem, structItem } from "../runtime/items.js";
import { intField } from "../runtime/record-fields.js";
import type { StackItem } from "../runtime/stack-item.js";

export interface BetLimits {
  readonly maxBet: bigint;
  readonly dailyLimit: bigint;
  readonly cooldownMs: bigint;
  readonly maxConsecutive: bigint;
}

/** Defaults when the limits key is absent (devpack.md "Storage layout"). */
export const DEFAULT_BET_LIMITS: BetLimits = { maxBet: 10_000_000_000n, dailyLimit: 100_000_000_000n, cooldownMs: 30_000n, maxConsecutive: 20n };

/** The consecutive count restarts after 5 × Cooldown without a bet. */
export const CONSECUTIVE_RESET_FACTOR = 5n;

/** Struct [MaxBet, DailyLimit, CooldownMs, MaxConsecutive]. */
export function betLimitsRecord(l: BetLimits): StackItem {
  return structItem([intItem(l.maxBet), intItem(l.dailyLimit), intItem(l.cooldownMs), intItem(l.maxConsecutive)]);
}

export function betLimitsOf(record: StackItem): BetLimits {
  return { maxBet: intField(record, 0), dailyLimit: intField(record, 1), cooldownMs: intField(record, 2), maxConsecutive: intField(record, 3) };
}
