// Mirrors contracts/OnChainTarot/Reading.cs: the Reading Struct, fields in declaration order.
import type { Hash160Le } from "../../runtime/hash160.js";
import { arrayItem, hash160Item, intItem, stringItem, structItem } from "../../runtime/items.js";
import { bytesField, field, hash160Field, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { stringOfUtf8Hex } from "../../runtime/hex.js";

export interface Reading {
  user: Hash160Le;
  question: string;
  cards: readonly bigint[];
  spreadType: bigint;
  category: bigint;
  status: bigint;
  timestamp: bigint;
  mode: bigint;
}

export const cardsItem = (cards: readonly bigint[]): StackItem => arrayItem(cards.map(intItem));

export function readingRecord(r: Reading): StackItem {
  return structItem([
    hash160Item(r.user), stringItem(r.question), cardsItem(r.cards), intItem(r.spreadType), intItem(r.category),
    intItem(r.status), intItem(r.timestamp), intItem(r.mode),
  ]);
}

export function readingOf(record: StackItem): Reading {
  const cards = field(record, 2);
  return {
    user: hash160Field(record, 0), question: stringOfUtf8Hex(bytesField(record, 1)) ?? "",
    cards: cards.type === "Array" || cards.type === "Struct" ? cards.items.map((c) => (c.type === "Integer" ? c.value : -1n)) : [],
    spreadType: intField(record, 3), category: intField(record, 4), status: intField(record, 5), timestamp: intField(record, 6), mode: intField(record, 7),
  };
}
