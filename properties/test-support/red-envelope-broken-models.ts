import { int } from "../../simulator/runtime/args.js";
import { method, type ContractModel } from "../../simulator/runtime/contract-model.js";
import { H } from "../../simulator/runtime/hash.js";
import { bytesOfInt } from "../../simulator/runtime/integer-bytes.js";
import { intItem } from "../../simulator/runtime/items.js";
import { rand } from "../../simulator/runtime/rand.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { getOperationSeed } from "../../simulator/bases/mini-app-compute-base-seeds.js";
import { MIN_PACKET, STATE } from "../../simulator/apps/red-envelope/constants.js";
import { envelopeExists, loadEnvelope } from "../../simulator/apps/red-envelope/envelope-store.js";
import { RED_ENVELOPE } from "../../simulator/apps/red-envelope/model.js";
import { pairKey, PREFIX_PACKET, PREFIX_TOTAL_DISTRIBUTED } from "../../simulator/apps/red-envelope/storage-keys.js";
import { readInt } from "../../simulator/runtime/storage-values.js";
import { withKeyUnchanged, withMethodOf } from "./broken-models.js";

/**
 * A deliberately broken RedEnvelope model: `getNextPacketAmount` computes NEXT with the packets
 * still to come counted from k instead of k + 1 (max_k = rem_k − (n − k) × MIN_PACKET), the
 * off-by-one a frontend makes when it previews a claim.
 */
export function withOffByOneNext(name: string): ContractModel {
  if (name !== RED_ENVELOPE.name) return contractModelOf(name);
  return withMethodOf(RED_ENVELOPE, method("getNextPacketAmount", [int], (ctx, id) => {
    if (!envelopeExists(ctx, id)) return intItem(0n);
    const e = loadEnvelope(ctx, id);
    if (e.state === STATE.refunded || e.claimedCount >= e.packetCount) return intItem(0n);
    const k = e.claimedCount;
    const stored = ctx.storage.get(pairKey(PREFIX_PACKET, id, k));
    if (stored !== undefined) return intItem(readInt(ctx.storage, pairKey(PREFIX_PACKET, id, k)));
    const seed = getOperationSeed(ctx, id);
    if (seed === undefined) return intItem(0n);
    if (k === e.packetCount - 1n) return intItem(e.remainingAmount);
    const range = e.remainingAmount - (e.packetCount - k) * MIN_PACKET - MIN_PACKET;
    return intItem(range > 0n ? MIN_PACKET + (rand(H(seed + bytesOfInt(k))) % range) : MIN_PACKET);
  }, { safe: true }));
}

/** A mistake shared with a broken contract: claims pay out but never book `46` (total distributed). */
export function withUnbookedClaims(name: string): ContractModel {
  return name === RED_ENVELOPE.name ? withKeyUnchanged(RED_ENVELOPE, PREFIX_TOTAL_DISTRIBUTED) : contractModelOf(name);
}
