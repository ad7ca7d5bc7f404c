import type { StackItem } from "../../runtime/stack-item.js";
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
  if (item.type !== "Map") throw new Error(`getRoundStateForFrontend returned ${item.type}, not a Map`);
  const values = new Map<string, StackItem>();
  for (const [k, v] of item.entries) {
    if (k.type === "ByteString") values.set(Buffer.from(k.hex, "hex").toString("utf8"), v);
  }
  const int = (key: string): bigint => {
    const v = values.get(key);
    if (v?.type !== "Integer") throw new Error(`round state ${key} is ${v?.type ?? "missing"}`);
    return v.value;
  };
  const active = values.get("active");
  const lastBuyer = values.get("lastBuyer");
  return {
    roundId: int("roundId"),
    active: active?.type === "Boolean" && active.value,
    startTime: int("startTime"),
    endTime: int("endTime"),
    pot: int("pot"),
    totalKeys: int("totalKeys"),
    lastBuyerLe: lastBuyer?.type === "ByteString" ? lastBuyer.hex : "",
    currentTime: int("currentTime"),
    baseKeyPrice: int("baseKeyPrice"),
    keyPriceIncrementBps: int("keyPriceIncrementBps"),
    keyPriceStep: int("keyPriceStep"),
    timeAddedPerKey: int("timeAddedPerKey"),
    maxDuration: int("maxDuration"),
    platformFeeBps: int("platformFeeBps"),
    winnerShareBps: int("winnerShareBps"),
  };
}
