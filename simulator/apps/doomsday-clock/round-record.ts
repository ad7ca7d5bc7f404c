// Mirrors contracts/DoomsdayClock/Round.cs: the Round Struct, fields in declaration order.
import type { Hash160Le } from "../../runtime/hash160.js";
import { boolItem, hash160Item, intItem, structItem } from "../../runtime/items.js";
import { boolField, hash160Field, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";

export interface Round {
  id: bigint;
  startTime: bigint;
  endTime: bigint;
  pot: bigint;
  totalKeys: bigint;
  lastBuyer: Hash160Le;
  winner: Hash160Le;
  winnerPrize: bigint;
  active: boolean;
  settled: boolean;
}

export function roundRecord(r: Round): StackItem {
  return structItem([
    intItem(r.id), intItem(r.startTime), intItem(r.endTime), intItem(r.pot), intItem(r.totalKeys),
    hash160Item(r.lastBuyer), hash160Item(r.winner), intItem(r.winnerPrize), boolItem(r.active), boolItem(r.settled),
  ]);
}

export function roundOf(record: StackItem): Round {
  return {
    id: intField(record, 0), startTime: intField(record, 1), endTime: intField(record, 2), pot: intField(record, 3),
    totalKeys: intField(record, 4), lastBuyer: hash160Field(record, 5), winner: hash160Field(record, 6),
    winnerPrize: intField(record, 7), active: boolField(record, 8), settled: boolField(record, 9),
  };
}
