// Mirrors contracts/RedEnvelope/Envelope.cs: the Envelope and PacketClaim Structs, fields in declaration order.
import type { Hash160Le } from "../../runtime/hash160.js";
import { hash160Item, intItem, structItem } from "../../runtime/items.js";
import { bytesField, hash160Field, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";
import type { Hex } from "../../runtime/hex.js";

export interface Envelope {
  creator: Hash160Le;
  totalAmount: bigint;
  packetCount: bigint;
  claimedCount: bigint;
  remainingAmount: bigint;
  bestLuckAddress: Hash160Le;
  bestLuckAmount: bigint;
  state: bigint;
  expiryTime: bigint;
  /** The message's UTF-8 bytes as stored. */
  messageHex: Hex;
  mode: bigint;
}

export function envelopeRecord(e: Envelope): StackItem {
  return structItem([
    hash160Item(e.creator), intItem(e.totalAmount), intItem(e.packetCount), intItem(e.claimedCount), intItem(e.remainingAmount),
    hash160Item(e.bestLuckAddress), intItem(e.bestLuckAmount), intItem(e.state), intItem(e.expiryTime),
    { type: "ByteString", hex: e.messageHex }, intItem(e.mode),
  ]);
}

export function envelopeOf(record: StackItem): Envelope {
  return {
    creator: hash160Field(record, 0), totalAmount: intField(record, 1), packetCount: intField(record, 2), claimedCount: intField(record, 3),
    remainingAmount: intField(record, 4), bestLuckAddress: hash160Field(record, 5), bestLuckAmount: intField(record, 6), state: intField(record, 7),
    expiryTime: intField(record, 8), messageHex: bytesField(record, 9), mode: intField(record, 10),
  };
}

export const claimRecord = (claimer: Hash160Le, amount: bigint): StackItem => structItem([hash160Item(claimer), intItem(amount)]);
export const claimAmountOf = (record: StackItem): bigint => intField(record, 1);
