// Mirrors the storage keys of contracts/NeoGacha/MiniAppNeoGacha.cs (neo-gacha.md "Storage").
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

/** 40: machine counter. */
export const PREFIX_MACHINE_COUNTER = "40";
/** 41‖bytes(id): Machine Struct. */
export const PREFIX_MACHINE = "41";
/** 42‖K(id, i): Item Struct (i 1-based). */
export const PREFIX_ITEM = "42";
/** 43: play counter (the operation id of play seeds). */
export const PREFIX_PLAY_COUNTER = "43";
/** 44‖bytes(playId): Play Struct. */
export const PREFIX_PLAY = "44";
/** 50‖bytes(playId): the randomness stored by onServiceCallbackHybrid. */
export const PREFIX_PLAY_RANDOMNESS = "50";

export const machineKey = (id: bigint): Hex => PREFIX_MACHINE + bytesOfInt(id);
/** 42‖K(id, i) = 42‖bytes(id × 2^32 + i) (README §3). */
export const itemKey = (id: bigint, i: bigint): Hex => PREFIX_ITEM + bytesOfInt(id * 2n ** 32n + i);
export const playKey = (playId: bigint): Hex => PREFIX_PLAY + bytesOfInt(playId);
export const randomnessKey = (playId: bigint): Hex => PREFIX_PLAY_RANDOMNESS + bytesOfInt(playId);
