import type { Hex } from "../../runtime/hex.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { distribution, nextPacket } from "./distribution.js";

/**
 * The frontend's view of `getEnvelopeStateForFrontend(id)` (red-envelope.md, keys in this order)
 * and its off-chain calculations: the full distribution D(seed, T, n) that an eager settlement
 * submits, and the next claimer's packet NEXT(seed, n, claimedCount, remainingAmount).
 */
export interface EnvelopeStateForFrontend {
  readonly exists: boolean;
  readonly id: bigint;
  readonly totalAmount: bigint;
  readonly packetCount: bigint;
  readonly claimedCount: bigint;
  readonly remainingAmount: bigint;
  readonly bestLuckAmount: bigint;
  readonly state: bigint;
  readonly mode: bigint;
  readonly expiryTime: bigint;
  /** `seed`, or null once it is gone (eager settle, completion, refund) or never existed (legacy). */
  readonly seed: Hex | null;
  readonly currentTime: bigint;
  readonly isExpired: boolean;
  readonly remainingPackets: bigint;
}

/** The amounts `settleEnvelope` expects: D(seed, T, n) (null without a seed). */
export function frontendDistribution(s: EnvelopeStateForFrontend): bigint[] | null {
  return s.seed === null ? null : distribution(s.seed, s.totalAmount, s.packetCount);
}

/** The packet the next claimer gets in a lazy envelope (null without a seed or when none is left). */
export function frontendNextPacket(s: EnvelopeStateForFrontend): bigint | null {
  if (s.seed === null || s.claimedCount >= s.packetCount) return null;
  return nextPacket(s.seed, s.packetCount, s.claimedCount, s.remainingAmount);
}

/** Reads the getter's Map (either side's Outcome stack item); an empty Map is an absent envelope. */
export function readEnvelopeState(item: StackItem): EnvelopeStateForFrontend {
  if (item.type !== "Map") throw new Error(`getEnvelopeStateForFrontend returned ${item.type}, not a Map`);
  const values = new Map<string, StackItem>();
  for (const [k, v] of item.entries) if (k.type === "ByteString") values.set(Buffer.from(k.hex, "hex").toString("utf8"), v);
  const int = (key: string): bigint => {
    const v = values.get(key);
    return v?.type === "Integer" ? v.value : 0n;
  };
  const seed = values.get("seed");
  const expired = values.get("isExpired");
  return {
    exists: item.entries.length > 0,
    id: int("id"), totalAmount: int("totalAmount"), packetCount: int("packetCount"), claimedCount: int("claimedCount"),
    remainingAmount: int("remainingAmount"), bestLuckAmount: int("bestLuckAmount"), state: int("state"), mode: int("mode"),
    expiryTime: int("expiryTime"), seed: seed?.type === "ByteString" ? seed.hex : null, currentTime: int("currentTime"),
    isExpired: expired?.type === "Boolean" && expired.value, remainingPackets: int("remainingPackets"),
  };
}
