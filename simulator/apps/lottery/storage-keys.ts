// Mirrors the storage keys of contracts/Lottery/MiniAppLottery.cs (lottery.md "Storage").
import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";

/** 40: current round id (deploy: 1). */
export const PREFIX_CURRENT_ROUND = "40";
/** 41‖bytes(roundId): Round Struct. */
export const PREFIX_ROUND = "41";
/** 42‖h160(player)‖bytes(roundId): the player's tickets in the round. */
export const PREFIX_PLAYER_TICKETS = "42";
/** 43: global entry counter (last entry id). */
export const PREFIX_ENTRY_COUNTER = "43";
/** 44‖bytes(entryId): Entry Struct [Player, StartTicket, Count]. */
export const PREFIX_ENTRY = "44";
/** 45: pending-draw marker (RNG request id, or −1 for a seed draw). */
export const PREFIX_PENDING_DRAW = "45";
/** 46: total prizes paid (rounds + scratch). */
export const PREFIX_TOTAL_PRIZES = "46";
/** 47: scratch ticket counter. */
export const PREFIX_SCRATCH_COUNTER = "47";
/** 48‖bytes(ticketId): ScratchTicket Struct. */
export const PREFIX_SCRATCH = "48";
/** 49‖bytes(type): LotteryConfig override. */
export const PREFIX_CONFIG = "49";
/** 4A‖h160(player): the player's scratch ticket count. */
export const PREFIX_PLAYER_SCRATCH_COUNT = "4a";
/** 4B‖h160(player)‖bytes(index): the player's k-th scratch ticket id. */
export const PREFIX_PLAYER_SCRATCH = "4b";
/** 4C: the time of the RNG draw request. */
export const PREFIX_DRAW_TIME = "4c";
/** 50‖bytes(roundId): stored draw randomness. */
export const PREFIX_RANDOMNESS = "50";

export const roundKey = (id: bigint): Hex => PREFIX_ROUND + bytesOfInt(id);
export const entryKey = (id: bigint): Hex => PREFIX_ENTRY + bytesOfInt(id);
export const randomnessKey = (roundId: bigint): Hex => PREFIX_RANDOMNESS + bytesOfInt(roundId);
export const playerTicketsKey = (player: Hash160Le, roundId: bigint): Hex => PREFIX_PLAYER_TICKETS + player + bytesOfInt(roundId);
export const scratchKey = (id: bigint): Hex => PREFIX_SCRATCH + bytesOfInt(id);
export const configKey = (type: bigint): Hex => PREFIX_CONFIG + bytesOfInt(type);
export const playerScratchCountKey = (player: Hash160Le): Hex => PREFIX_PLAYER_SCRATCH_COUNT + player;
export const playerScratchKey = (player: Hash160Le, index: bigint): Hex => PREFIX_PLAYER_SCRATCH + player + bytesOfInt(index);
