// Mirrors contracts/RedEnvelope/MiniAppRedEnvelope.Getters.cs (red-envelope.md "Verification getters", plain reads).
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, boolItem, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { DEFAULT_EXPIRY, MAX_PACKETS, MIN_AMOUNT, MIN_PACKET, SCRIPT_NAME } from "./constants.js";
import { claimedPacket, envelopeExists, loadEnvelope } from "./envelope-store.js";
import { claimedKey, envelopeKey, pairKey, PREFIX_CLAIM, PREFIX_ENVELOPE_COUNT, PREFIX_PACKET, PREFIX_TOTAL_DISTRIBUTED } from "./storage-keys.js";

const who = (u: Hash160Le | null): Hash160Le => u ?? vmFault("null UInt160");

/** 0 outside [0, n) (never an aliased key); the claimed amount, else the stored packet, else 0. */
export function getPacketAmount(ctx: CallContext, id: bigint, k: bigint): bigint {
  if (!envelopeExists(ctx, id)) return 0n;
  const e = loadEnvelope(ctx, id);
  if (k < 0n || k >= e.packetCount) return 0n;
  if (ctx.storage.get(pairKey(PREFIX_CLAIM, id, k)) !== undefined) return claimedPacket(ctx, id, k);
  return readInt(ctx.storage, pairKey(PREFIX_PACKET, id, k));
}

function calculationConstants(ctx: CallContext): StackItem {
  const entries: [string, StackItem][] = [
    ["minAmount", intItem(MIN_AMOUNT)], ["maxPackets", intItem(MAX_PACKETS)], ["minPerPacket", intItem(MIN_PACKET)],
    ["defaultExpiryMs", intItem(DEFAULT_EXPIRY)], ["scriptName", stringItem(SCRIPT_NAME)], ["currentTime", intItem(ctx.now)],
  ];
  return { type: "Map", entries: entries.map(([k, v]) => [stringItem(k), v] as const) };
}

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("getEnvelope", [int], (ctx, id) => readRecord(ctx.storage, envelopeKey(id)) ?? Any, { safe: true }),
  method("hasClaimed", [int, hash160], (ctx, id, c) => boolItem(ctx.storage.get(claimedKey(who(c), id)) !== undefined), { safe: true }),
  method("getClaimedAmount", [int, hash160], (ctx, id, c) => intItem(readInt(ctx.storage, claimedKey(who(c), id))), { safe: true }),
  method("getPacketAmount", [int, int], (ctx, id, k) => intItem(getPacketAmount(ctx, id, k)), { safe: true }),
  method("getEnvelopeCount", [], (ctx) => intItem(readInt(ctx.storage, PREFIX_ENVELOPE_COUNT)), { safe: true }),
  method("getTotalDistributed", [], (ctx) => intItem(readInt(ctx.storage, PREFIX_TOTAL_DISTRIBUTED)), { safe: true }),
  method("getCalculationConstants", [], calculationConstants, { safe: true }),
];
