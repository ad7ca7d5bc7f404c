// Mirrors contracts/TurtleMatch/Session.cs: the Session Struct, fields in declaration order.
import type { Hash160Le } from "../../runtime/hash160.js";
import { boolItem, hash160Item, intItem, structItem } from "../../runtime/items.js";
import { boolField, hash160Field, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";

export interface Session {
  sessionId: bigint;
  player: Hash160Le;
  boxCount: bigint;
  payment: bigint;
  startTime: bigint;
  settled: boolean;
  totalMatches: bigint;
  totalReward: bigint;
  settleTime: bigint;
}

export function sessionRecord(s: Session): StackItem {
  return structItem([
    intItem(s.sessionId), hash160Item(s.player), intItem(s.boxCount), intItem(s.payment), intItem(s.startTime),
    boolItem(s.settled), intItem(s.totalMatches), intItem(s.totalReward), intItem(s.settleTime),
  ]);
}

export function sessionOf(record: StackItem): Session {
  return {
    sessionId: intField(record, 0), player: hash160Field(record, 1), boxCount: intField(record, 2), payment: intField(record, 3),
    startTime: intField(record, 4), settled: boolField(record, 5), totalMatches: intField(record, 6), totalReward: intField(record, 7),
    settleTime: intField(record, 8),
  };
}
