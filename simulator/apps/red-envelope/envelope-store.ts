// Mirrors the record helpers of contracts/RedEnvelope/MiniAppRedEnvelope.cs: EnvelopeExists,
// LoadEnvelope, StoreEnvelope, StorePackets and ClaimedPacket.
import type { CallContext } from "../../runtime/call-context.js";
import { vmFault } from "../../runtime/fault.js";
import { readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { claimAmountOf, envelopeOf, envelopeRecord, type Envelope } from "./envelope-record.js";
import { envelopeKey, pairKey, PREFIX_CLAIM, PREFIX_PACKET } from "./storage-keys.js";

export const envelopeExists = (ctx: CallContext, id: bigint): boolean => ctx.storage.get(envelopeKey(id)) !== undefined;

/** The envelope record; StdLib.Deserialize(null) faults in the VM (callers check existence first). */
export function loadEnvelope(ctx: CallContext, id: bigint): Envelope {
  const record = readRecord(ctx.storage, envelopeKey(id));
  return record === null ? vmFault("deserializing an absent envelope") : envelopeOf(record);
}

export const storeEnvelope = (ctx: CallContext, id: bigint, e: Envelope): void => writeRecord(ctx.storage, envelopeKey(id), envelopeRecord(e));

/** 43‖K(id, k) := a_k for every k. */
export function storePackets(ctx: CallContext, id: bigint, amounts: readonly bigint[]): void {
  amounts.forEach((a, k) => writeInt(ctx.storage, pairKey(PREFIX_PACKET, id, BigInt(k)), a));
}

export function claimedPacket(ctx: CallContext, id: bigint, k: bigint): bigint {
  const record = readRecord(ctx.storage, pairKey(PREFIX_CLAIM, id, k));
  return record === null ? vmFault("deserializing an absent claim") : claimAmountOf(record);
}
