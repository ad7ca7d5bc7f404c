// Mirrors contracts/CoinFlip/PlayerStats.cs: the Stats Struct, fields in declaration order.
import { intItem, structItem } from "../../runtime/items.js";
import { intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";

export interface PlayerStats {
  totalBets: bigint;
  totalWins: bigint;
  totalLosses: bigint;
  currentWinStreak: bigint;
  currentLossStreak: bigint;
  bestWinStreak: bigint;
  totalWagered: bigint;
  totalWon: bigint;
  jackpotsWon: bigint;
}

const FIELDS = ["totalBets", "totalWins", "totalLosses", "currentWinStreak", "currentLossStreak", "bestWinStreak", "totalWagered", "totalWon", "jackpotsWon"] as const;

export const NO_STATS: PlayerStats = Object.fromEntries(FIELDS.map((f) => [f, 0n])) as unknown as PlayerStats;

export const statsRecord = (s: PlayerStats): StackItem => structItem(FIELDS.map((f) => intItem(s[f])));

export const statsOf = (record: StackItem): PlayerStats => Object.fromEntries(FIELDS.map((f, i) => [f, intField(record, i)])) as unknown as PlayerStats;
