// Mirrors contracts/BurnLeague/Streak.cs: the Streak Struct [CurrentStreak, LongestStreak, LastBurnTime].
import { intItem, structItem } from "../../runtime/items.js";
import { intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";

export interface Streak {
  readonly cur: bigint;
  readonly longest: bigint;
  readonly last: bigint;
}

/** No stored streak: (0, 0, 0). */
export const NO_STREAK: Streak = { cur: 0n, longest: 0n, last: 0n };

export const streakRecord = (s: Streak): StackItem => structItem([intItem(s.cur), intItem(s.longest), intItem(s.last)]);

export const streakOf = (record: StackItem): Streak => ({ cur: intField(record, 0), longest: intField(record, 1), last: intField(record, 2) });
