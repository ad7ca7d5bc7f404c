// Mirrors contracts/BurnLeague/Season.cs: the Season Struct, fields in declaration order.
import { boolItem, intItem, structItem } from "../../runtime/items.js";
import { boolField, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";

export interface Season {
  readonly id: bigint;
  readonly startTime: bigint;
  readonly endTime: bigint;
  readonly totalBurned: bigint;
  readonly totalPoints: bigint;
  readonly totalParticipants: bigint;
  readonly rewardPool: bigint;
  readonly active: boolean;
  readonly finalized: boolean;
}

export function seasonRecord(s: Season): StackItem {
  return structItem([
    intItem(s.id), intItem(s.startTime), intItem(s.endTime), intItem(s.totalBurned), intItem(s.totalPoints),
    intItem(s.totalParticipants), intItem(s.rewardPool), boolItem(s.active), boolItem(s.finalized),
  ]);
}

export function seasonOf(record: StackItem): Season {
  return {
    id: intField(record, 0), startTime: intField(record, 1), endTime: intField(record, 2), totalBurned: intField(record, 3),
    totalPoints: intField(record, 4), totalParticipants: intField(record, 5), rewardPool: intField(record, 6),
    active: boolField(record, 7), finalized: boolField(record, 8),
  };
}
