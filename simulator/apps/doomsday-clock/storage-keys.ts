// Mirrors the storage keys of contracts/DoomsdayClock/MiniAppDoomsdayClock.cs (doomsday-clock.md "Storage").
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

/** 40: current round id (`cur`); absent = no round yet. */
export const PREFIX_CURRENT_ROUND = "40";
/** 41‖bytes(roundId): Round Struct. */
export const PREFIX_ROUND = "41";
/** 42‖h160(player)‖bytes(roundId): the player's keys in that round. */
export const PREFIX_PLAYER_KEYS = "42";
export const PREFIX_TOTAL_KEYS_SOLD = "43";
export const PREFIX_TOTAL_PRIZES_PAID = "44";
export const PREFIX_CARRY_OVER = "45";

export const roundKey = (roundId: bigint): Hex => PREFIX_ROUND + bytesOfInt(roundId);
export const playerKeysKey = (player: Hash160Le, roundId: bigint): Hex => PREFIX_PLAYER_KEYS + player + bytesOfInt(roundId);
