import type { StackItem } from "../../runtime/stack-item.js";
import { readStringMap } from "../../runtime/string-map.js";
import { keyCost } from "./key-cost.js";

/**
 * The frontend's view of `getRoundStateForFrontend()` (doomsday-clock.md, keys in this order)
 * and its off-chain calculation F(state, n) = C(n, state.totalKeys) with the price constants the
 * contract reports. It does not depend on time.
 */
export interface RoundStateForFrontend {
  readonly roundId: bigint;
  readonly active: boolean;
  readonly startTime: bigint;
  readonly endTime: bigint;
  readonly pot: bigint;
  readonly totalKeys: bigint;
  /** `lastBuyer`, the 20 bytes as the VM holds them (little-endian hex). */
  readonly lastBuyerLe: string;
  readonly currentTime: bigint;
  readonly baseKeyPrice: bigint;
  readonly keyPriceIncrementBps: bigint;
  readonly keyPriceStep: bigint;
  readonly timeAddedPerKey: bigint;
  readonly maxDuration: bigint;
  readonly platformFeeBps: bigint;
  readonly winnerShareBps: bigint;
}

export function frontendCost(state: RoundStateForFrontend, keyCount: bigint): bigint {
  return keyCost(keyCount, state.totalKeys, state.baseKeyPrice, state.keyPriceStep);
}

/** Step 1 of the purchase flow: buy only while the round runs. */
export function canBuy(state: RoundStateForFrontend): boolean {
  return state.active && state.currentTime < state.endTime;
}

/** Reads the getter's Map (either side's Outcome stack item) into the frontend's state. */
export function readRoundState(item: StackItem): RoundStateForFrontend {
  const v = readStringMap(item, "getRoundStateForFrontend");
  return {
    roundId: v.int("roundId"),
    active: v.bool("active"),
    startTime: v.int("startTime"),
    endTime: v.int("endTime"),
    pot: v.int("pot"),
    totalKeys: v.int("totalKeys"),
    lastBuyerLe: v.bytes("lastBuyer"),
    currentTime: v.int("currentTime"),
    baseKeyPrice: v.int("baseKeyPrice"),
    keyPriceIncrementBps: v.int("keyPriceIncrementBps"),
    keyPriceStep: v.int("keyPriceStep"),
    timeAddedPerKey: v.int("timeAddedPerKey"),
    maxDuration: v.int("maxDuration"),
    platformFeeBps: v.int("platformFeeBps"),
    winnerShareBps: v.int("winnerShareBps"),
  };
}
