// Mirrors contracts/MasqueradeDAO/Records.cs (the Mask, Proposal and Vote Structs, fields in
// declaration order) and the record helpers of MiniAppMasqueradeDAO.cs: RequireMask,
// RequireActiveMask, StoreMask, StoreProposal, Increment.
import type { CallContext } from "../../runtime/call-context.js";
import { fail } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { boolItem, bytesItem, hash160Item, intItem, structItem } from "../../runtime/items.js";
import { boolField, bytesField, hash160Field, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { maskKey, proposalKey } from "./storage-keys.js";

export interface Mask {
  owner: Hash160Le;
  identityHash: Hex;
  maskType: bigint;
  votingPower: bigint;
  reputation: bigint;
  delegatedTo: bigint;
  createTime: bigint;
  voteCount: bigint;
  proposalsCreated: bigint;
  active: boolean;
}

export interface Proposal {
  id: bigint;
  creator: Hash160Le;
  creatorMaskId: bigint;
  /** UTF-8 bytes of the title and description Strings. */
  title: Hex;
  description: Hex;
  category: bigint;
  startTime: bigint;
  endTime: bigint;
  yesVotes: bigint;
  noVotes: bigint;
  abstainVotes: bigint;
  totalVoters: bigint;
  executed: boolean;
  passed: boolean;
}

export interface Vote {
  maskId: bigint;
  choice: bigint;
  votingPower: bigint;
  timestamp: bigint;
}

export const maskRecord = (m: Mask): StackItem => structItem([
  hash160Item(m.owner), bytesItem(m.identityHash), intItem(m.maskType), intItem(m.votingPower), intItem(m.reputation), intItem(m.delegatedTo),
  intItem(m.createTime), intItem(m.voteCount), intItem(m.proposalsCreated), boolItem(m.active),
]);

export const maskOf = (r: StackItem): Mask => ({
  owner: hash160Field(r, 0), identityHash: bytesField(r, 1), maskType: intField(r, 2), votingPower: intField(r, 3), reputation: intField(r, 4),
  delegatedTo: intField(r, 5), createTime: intField(r, 6), voteCount: intField(r, 7), proposalsCreated: intField(r, 8), active: boolField(r, 9),
});

export const proposalRecord = (p: Proposal): StackItem => structItem([
  intItem(p.id), hash160Item(p.creator), intItem(p.creatorMaskId), bytesItem(p.title), bytesItem(p.description), intItem(p.category),
  intItem(p.startTime), intItem(p.endTime), intItem(p.yesVotes), intItem(p.noVotes), intItem(p.abstainVotes), intItem(p.totalVoters),
  boolItem(p.executed), boolItem(p.passed),
]);

export const proposalOf = (r: StackItem): Proposal => ({
  id: intField(r, 0), creator: hash160Field(r, 1), creatorMaskId: intField(r, 2), title: bytesField(r, 3), description: bytesField(r, 4),
  category: intField(r, 5), startTime: intField(r, 6), endTime: intField(r, 7), yesVotes: intField(r, 8), noVotes: intField(r, 9),
  abstainVotes: intField(r, 10), totalVoters: intField(r, 11), executed: boolField(r, 12), passed: boolField(r, 13),
});

export const voteRecord = (v: Vote): StackItem => structItem([intItem(v.maskId), intItem(v.choice), intItem(v.votingPower), intItem(v.timestamp)]);

export const voteOf = (r: StackItem): Vote => ({ maskId: intField(r, 0), choice: intField(r, 1), votingPower: intField(r, 2), timestamp: intField(r, 3) });

/** The mask at 41‖bytes(id), or null. */
export function readMask(ctx: CallContext, id: bigint): Mask | null {
  const r = readRecord(ctx.storage, maskKey(id));
  return r === null ? null : maskOf(r);
}

/** The mask at 41‖bytes(id); `message` when absent. */
export const requireMask = (ctx: CallContext, id: bigint, message: string): Mask => readMask(ctx, id) ?? fail(message);

/** "mask exists and Active → message". */
export function requireActiveMask(ctx: CallContext, id: bigint, message: string): Mask {
  const m = requireMask(ctx, id, message);
  return m.active ? m : fail(message);
}

export function readProposal(ctx: CallContext, id: bigint): Proposal | null {
  const r = readRecord(ctx.storage, proposalKey(id));
  return r === null ? null : proposalOf(r);
}

export const storeMask = (ctx: CallContext, id: bigint, m: Mask): void => writeRecord(ctx.storage, maskKey(id), maskRecord(m));
export const storeProposal = (ctx: CallContext, id: bigint, p: Proposal): void => writeRecord(ctx.storage, proposalKey(id), proposalRecord(p));
export const increment = (ctx: CallContext, key: Hex): void => writeInt(ctx.storage, key, readInt(ctx.storage, key) + 1n);
