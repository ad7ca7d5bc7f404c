// Mirrors contracts/Lottery/Records.cs: the LotteryRound, RoundEntry, ScratchTicket and
// LotteryConfig Structs, fields in declaration order.
import type { Hash160Le } from "../../runtime/hash160.js";
import { boolItem, hash160Item, intItem, structItem } from "../../runtime/items.js";
import { boolField, hash160Field, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";

export interface Round {
  id: bigint;
  startTime: bigint;
  endTime: bigint;
  totalTickets: bigint;
  prizePool: bigint;
  participantCount: bigint;
  firstEntryId: bigint;
  entryCount: bigint;
  winner: Hash160Le;
  winnerPrize: bigint;
  completed: boolean;
}

export const roundRecord = (r: Round): StackItem => structItem([
  intItem(r.id), intItem(r.startTime), intItem(r.endTime), intItem(r.totalTickets), intItem(r.prizePool), intItem(r.participantCount),
  intItem(r.firstEntryId), intItem(r.entryCount), hash160Item(r.winner), intItem(r.winnerPrize), boolItem(r.completed),
]);

export const roundOf = (s: StackItem): Round => ({
  id: intField(s, 0), startTime: intField(s, 1), endTime: intField(s, 2), totalTickets: intField(s, 3), prizePool: intField(s, 4),
  participantCount: intField(s, 5), firstEntryId: intField(s, 6), entryCount: intField(s, 7), winner: hash160Field(s, 8),
  winnerPrize: intField(s, 9), completed: boolField(s, 10),
});

/** [Player, StartTicket, Count]: StartTicket = tickets sold in the round before this purchase. */
export interface Entry {
  player: Hash160Le;
  startTicket: bigint;
  count: bigint;
}

export const entryRecord = (e: Entry): StackItem => structItem([hash160Item(e.player), intItem(e.startTicket), intItem(e.count)]);
export const entryOf = (s: StackItem): Entry => ({ player: hash160Field(s, 0), startTicket: intField(s, 1), count: intField(s, 2) });

export interface ScratchTicket {
  id: bigint;
  player: Hash160Le;
  type: bigint;
  purchaseTime: bigint;
  scratched: boolean;
  prize: bigint;
  hybrid: boolean;
}

export const scratchRecord = (t: ScratchTicket): StackItem => structItem([
  intItem(t.id), hash160Item(t.player), intItem(t.type), intItem(t.purchaseTime), boolItem(t.scratched), intItem(t.prize), boolItem(t.hybrid),
]);

export const scratchOf = (s: StackItem): ScratchTicket => ({
  id: intField(s, 0), player: hash160Field(s, 1), type: intField(s, 2), purchaseTime: intField(s, 3), scratched: boolField(s, 4), prize: intField(s, 5), hybrid: boolField(s, 6),
});

export interface LotteryConfig {
  type: bigint;
  ticketPrice: bigint;
  isInstant: boolean;
  maxJackpot: bigint;
  enabled: boolean;
}

export const configFields = (c: LotteryConfig): StackItem[] => [intItem(c.type), intItem(c.ticketPrice), boolItem(c.isInstant), intItem(c.maxJackpot), boolItem(c.enabled)];
export const configRecord = (c: LotteryConfig): StackItem => structItem(configFields(c));
export const configOf = (s: StackItem): LotteryConfig => ({
  type: intField(s, 0), ticketPrice: intField(s, 1), isInstant: boolField(s, 2), maxJackpot: intField(s, 3), enabled: boolField(s, 4),
});
