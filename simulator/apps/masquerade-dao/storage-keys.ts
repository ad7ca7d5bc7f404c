// Mirrors the storage keys of contracts/MasqueradeDAO/MiniAppMasqueradeDAO.cs (masquerade-dao.md "Storage").
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";
import { PAIR_SHIFT } from "./constants.js";

export const PREFIX_MASK_COUNTER = "40";
/** 41‖bytes(maskId): Mask Struct. */
export const PREFIX_MASK = "41";
export const PREFIX_PROPOSAL_COUNTER = "42";
/** 43‖bytes(proposalId): Proposal Struct. */
export const PREFIX_PROPOSAL = "43";
/** 44‖K(proposalId, maskId): Vote Struct. */
export const PREFIX_VOTE = "44";
export const PREFIX_TOTAL_VOTES = "45";
export const PREFIX_PASSED = "46";
export const PREFIX_REJECTED = "47";
/** 50‖bytes(t): cached delegated power (deleted when 0). */
export const PREFIX_CACHED_POWER = "50";
/** 51‖bytes(t): delegator count (deleted when 0). */
export const PREFIX_DELEGATOR_COUNT = "51";
/** 52‖K(t, i): the delegator at position i of t's list. */
export const PREFIX_DELEGATOR = "52";
/** 53‖bytes(d): d's position in its target's list. */
export const PREFIX_DELEGATOR_INDEX = "53";

export const maskKey = (id: bigint): Hex => PREFIX_MASK + bytesOfInt(id);
export const proposalKey = (id: bigint): Hex => PREFIX_PROPOSAL + bytesOfInt(id);
/** prefix ‖ K(a, b). */
export const pairKey = (prefix: Hex, a: bigint, b: bigint): Hex => prefix + bytesOfInt(a * PAIR_SHIFT + b);
export const voteKey = (proposalId: bigint, maskId: bigint): Hex => pairKey(PREFIX_VOTE, proposalId, maskId);
export const cachedPowerKey = (t: bigint): Hex => PREFIX_CACHED_POWER + bytesOfInt(t);
export const delegatorCountKey = (t: bigint): Hex => PREFIX_DELEGATOR_COUNT + bytesOfInt(t);
export const delegatorKey = (t: bigint, i: bigint): Hex => pairKey(PREFIX_DELEGATOR, t, i);
export const delegatorIndexKey = (d: bigint): Hex => PREFIX_DELEGATOR_INDEX + bytesOfInt(d);
