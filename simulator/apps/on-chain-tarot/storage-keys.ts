// Mirrors the storage keys of contracts/OnChainTarot/MiniAppOnChainTarot.cs (on-chain-tarot.md "Storage").
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

/** 40: reading counter (the operation id of reading seeds). */
export const PREFIX_READING_COUNTER = "40";
/** 41‖bytes(readingId): Reading Struct. */
export const PREFIX_READING = "41";
/** 42‖h160(user): the user's reading count. */
export const PREFIX_USER_READINGS = "42";
/** 43: total readings. */
export const PREFIX_TOTAL_READINGS = "43";
/** 44‖bytes(spreadType): readings per spread. */
export const PREFIX_SPREAD_COUNT = "44";

export const readingKey = (id: bigint): Hex => PREFIX_READING + bytesOfInt(id);
export const userReadingsKey = (user: Hash160Le): Hex => PREFIX_USER_READINGS + user;
export const spreadCountKey = (spread: bigint): Hex => PREFIX_SPREAD_COUNT + bytesOfInt(spread);
