// Mirrors contracts/CoinFlip/Bet.cs: the Bet Struct, fields in declaration order.
import type { Hash160Le } from "../../runtime/hash160.js";
import { boolItem, hash160Item, intItem, structItem } from "../../runtime/items.js";
import { boolField, hash160Field, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";

export interface Bet {
  player: Hash160Le;
  amount: bigint;
  choice: boolean;
  timestamp: bigint;
  resolved: boolean;
  won: boolean;
  payout: bigint;
  streakBonus: bigint;
  mode: bigint;
  refunded: boolean;
}

export function betRecord(b: Bet): StackItem {
  return structItem([
    hash160Item(b.player), intItem(b.amount), boolItem(b.choice), intItem(b.timestamp), boolItem(b.resolved),
    boolItem(b.won), intItem(b.payout), intItem(b.streakBonus), intItem(b.mode), boolItem(b.refunded),
  ]);
}

export function betOf(record: StackItem): Bet {
  return {
    player: hash160Field(record, 0), amount: intField(record, 1), choice: boolField(record, 2), timestamp: intField(record, 3),
    resolved: boolField(record, 4), won: boolField(record, 5), payout: intField(record, 6), streakBonus: intField(record, 7),
    mode: intField(record, 8), refunded: boolField(record, 9),
  };
}
