// Mirrors contracts/TurtleMatch/MiniAppTurtleMatch.Getters.cs (turtle-match.md "ABI", "Getters").
import { bytes, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import { Any, arrayItem, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import {
  BLINDBOX_PRICE, COLOR_COUNT, COLOR_ODDS, COLOR_REWARDS, GRID_SIZE, MAX_BOXES, MAX_MATCHES_PER_BOX, MAX_REWARD_PER_BOX, MIN_BOXES, SCRIPT_NAME,
} from "./constants.js";
import { game } from "./game.js";
import { playerSessionsKey, PREFIX_SESSION_COUNTER, PREFIX_TOTAL_BOXES, PREFIX_TOTAL_MATCHES, PREFIX_TOTAL_PAID, sessionKey } from "./storage-keys.js";

const stored = (key: string) => (ctx: CallContext) => intItem(readInt(ctx.storage, key));
const ints = (values: readonly bigint[]): StackItem => arrayItem(values.map(intItem));

/** getTurtleConstants(): the Map, keys in the spec's order. */
export function turtleConstants(): StackItem {
  const entries: [string, StackItem][] = [
    ["blindboxPrice", intItem(BLINDBOX_PRICE)], ["minBoxes", intItem(MIN_BOXES)], ["maxBoxes", intItem(MAX_BOXES)],
    ["gridSize", intItem(BigInt(GRID_SIZE))], ["colorCount", intItem(BigInt(COLOR_COUNT))], ["colorOdds", ints(COLOR_ODDS)],
    ["colorRewards", ints(COLOR_REWARDS)], ["maxMatchesPerBox", intItem(MAX_MATCHES_PER_BOX)], ["maxRewardPerBox", intItem(MAX_REWARD_PER_BOX)],
    ["scriptName", stringItem(SCRIPT_NAME)],
  ];
  return { type: "Map", entries: entries.map(([k, v]) => [stringItem(k), v]) };
}

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("calculateGameResult", [bytes, int], (_ctx, seed, boxCount) => {
    check(boxCount >= 1n && boxCount <= MAX_BOXES, "invalid box count");
    const { matches, reward } = game(seed, boxCount);
    return ints([matches, reward]);
  }, { safe: true }),
  method("getSession", [int], (ctx, sessionId) => readRecord(ctx.storage, sessionKey(sessionId)) ?? Any, { safe: true }),
  method("getTurtleConstants", [], () => turtleConstants(), { safe: true }),
  method("getColorReward", [int], (_ctx, color) => intItem(color >= 0n && color < BigInt(COLOR_COUNT) ? COLOR_REWARDS[Number(color)]! : 0n), { safe: true }),
  method("getBlindboxPrice", [], () => intItem(BLINDBOX_PRICE), { safe: true }),
  method("getSessionCount", [], stored(PREFIX_SESSION_COUNTER), { safe: true }),
  method("getTotalBoxes", [], stored(PREFIX_TOTAL_BOXES), { safe: true }),
  method("getTotalMatches", [], stored(PREFIX_TOTAL_MATCHES), { safe: true }),
  method("getTotalPaid", [], stored(PREFIX_TOTAL_PAID), { safe: true }),
  method("getPlayerSessionCount", [hash160], (ctx, player) => intItem(readInt(ctx.storage, playerSessionsKey(player ?? vmFault("null UInt160")))), { safe: true }),
];
