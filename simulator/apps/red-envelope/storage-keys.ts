// Mirrors the storage keys of contracts/RedEnvelope/MiniAppRedEnvelope.cs (red-envelope.md "Storage").
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

/** 40: envelope counter (the operation id of envelope seeds). */
export const PREFIX_ENVELOPE_ID = "40";
/** 41‖bytes(id): Envelope Struct. */
export const PREFIX_ENVELOPE = "41";
/** 42‖h160(claimer)‖bytes(id): amount claimed by that address. */
export const PREFIX_CLAIMED = "42";
/** 43‖K(id, k): stored packet amount (modes 1 and 2). */
export const PREFIX_PACKET = "43";
/** 44‖K(id, k): Claim Struct [Claimer, Amount] of packet k. */
export const PREFIX_CLAIM = "44";
export const PREFIX_ENVELOPE_COUNT = "45";
export const PREFIX_TOTAL_DISTRIBUTED = "46";

export const envelopeKey = (id: bigint): Hex => PREFIX_ENVELOPE + bytesOfInt(id);
/** prefix ‖ K(id, k) = prefix ‖ bytes(id × 2^32 + k) (README §3). */
export const pairKey = (prefix: Hex, id: bigint, k: bigint): Hex => prefix + bytesOfInt(id * 2n ** 32n + k);
export const claimedKey = (claimer: Hash160Le, id: bigint): Hex => PREFIX_CLAIMED + claimer + bytesOfInt(id);
