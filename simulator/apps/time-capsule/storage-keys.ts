// Mirrors the storage keys of contracts/TimeCapsule/MiniAppTimeCapsule.cs (time-capsule.md "Storage").
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

/** 40‖bytes(id): Capsule Struct (CK). */
export const PREFIX_CAPSULE = "40";
/** 41‖h160(recipient)‖bytes(id): 1 = recipient. */
export const PREFIX_RECIPIENT = "41";
export const PREFIX_PUBLIC_CAPSULES = "42";
export const PREFIX_TOTAL_REVEALED = "43";
export const PREFIX_TOTAL_FISHED = "44";
export const PREFIX_TOTAL_GIFTED = "45";

export const capsuleKey = (id: bigint): Hex => PREFIX_CAPSULE + bytesOfInt(id);
export const recipientKey = (id: bigint, user: Hash160Le): Hex => PREFIX_RECIPIENT + user + bytesOfInt(id);
