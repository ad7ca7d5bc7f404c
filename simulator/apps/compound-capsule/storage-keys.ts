// Mirrors the storage keys of contracts/CompoundCapsule/MiniAppCompoundCapsule.cs (compound-capsule.md "Storage").
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

export const PREFIX_CAPSULE_COUNTER = "40";
/** 41‖bytes(id): Capsule Struct (CK). */
export const PREFIX_CAPSULE = "41";
/** 42: total locked NEO. */
export const PREFIX_TOTAL_LOCKED = "42";
/** 43: total yield compounded (GAS). */
export const PREFIX_TOTAL_COMPOUND = "43";
/** 44: total fees retained (GAS). */
export const PREFIX_TOTAL_FEES = "44";
/** 45: total penalties retained (NEO). */
export const PREFIX_TOTAL_PENALTIES = "45";
/** 46: total yield paid out (GAS). */
export const PREFIX_TOTAL_YIELD_PAID = "46";

export const capsuleKey = (id: bigint): Hex => PREFIX_CAPSULE + bytesOfInt(id);
