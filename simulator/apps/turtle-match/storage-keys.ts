// Mirrors the storage keys of contracts/TurtleMatch/MiniAppTurtleMatch.cs (turtle-match.md "Storage").
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

/** 40‖bytes(sessionId): Session Struct. */
export const PREFIX_SESSION = "40";
/** 41: session counter (the operation id of session seeds). */
export const PREFIX_SESSION_COUNTER = "41";
export const PREFIX_TOTAL_BOXES = "42";
export const PREFIX_TOTAL_MATCHES = "43";
export const PREFIX_TOTAL_PAID = "44";
/** 45‖h160(player): the player's session count. */
export const PREFIX_PLAYER_SESSIONS = "45";

export const sessionKey = (sessionId: bigint): Hex => PREFIX_SESSION + bytesOfInt(sessionId);
export const playerSessionsKey = (player: Hash160Le): Hex => PREFIX_PLAYER_SESSIONS + player;
