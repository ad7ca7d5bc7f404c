import type { StackItem } from "../../runtime/stack-item.js";
import { readStringMap } from "../../runtime/string-map.js";
import { intField } from "../../runtime/record-fields.js";

/**
 * The frontend's view of a mask (masquerade-dao.md "Frontend calculation"), read from
 * `getMaskForFrontend(m)` (null for the empty Map of an absent mask), and its independent
 * recomputation of the effective power from the delegator list: pure functions of what the getters
 * return, never of storage.
 */
export interface MaskView {
  readonly id: bigint;
  readonly owner: string;
  readonly maskType: bigint;
  readonly votingPower: bigint;
  readonly reputation: bigint;
  readonly active: boolean;
  readonly createdTime: bigint;
  readonly delegatedTo: bigint;
  readonly cachedDelegatedPower: bigint;
  readonly delegatorCount: bigint;
}

export function readMaskView(item: StackItem): MaskView | null {
  if (item.type === "Map" && item.entries.length === 0) return null;
  const v = readStringMap(item, "getMaskForFrontend");
  return {
    id: v.int("id"), owner: v.bytes("owner"), maskType: v.int("maskType"), votingPower: v.int("votingPower"), reputation: v.int("reputation"),
    active: v.bool("active"), createdTime: v.int("createdTime"), delegatedTo: v.int("delegatedTo"),
    cachedDelegatedPower: v.int("cachedDelegatedPower"), delegatorCount: v.int("delegatorCount"),
  };
}

/** getDelegatorsForMask's Array of Integers. */
export function readDelegators(item: StackItem): bigint[] {
  if (item.type !== "Array" && item.type !== "Struct") throw new Error(`getDelegatorsForMask returned ${item.type}, not an Array`);
  return item.items.map((i) => (i.type === "Integer" ? i.value : 0n));
}

/** getMask(d).VotingPower (field 3 of the Mask Struct); 0 for null. */
export const votingPowerOfRecord = (item: StackItem): bigint => (item.type === "Any" ? 0n : intField(item, 3));

/**
 * effectivePower(m) = s.votingPower + Σ_{d ∈ D} getMask(d).VotingPower, with s = getMaskForFrontend(m),
 * D = getDelegatorsForMask(m) and `baseOf(d)` = getMask(d).VotingPower.
 */
export function effectivePower(view: MaskView, delegators: readonly bigint[], baseOf: (d: bigint) => bigint): bigint {
  return delegators.reduce((sum, d) => sum + baseOf(d), view.votingPower);
}

/** The frontend votes only with an active mask whose delegatedTo is 0. */
export const canVote = (view: MaskView | null): boolean => view !== null && view.active && view.delegatedTo === 0n;
