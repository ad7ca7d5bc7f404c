import { contractModel, method, type ContractModel } from "../../simulator/runtime/contract-model.js";
import { int } from "../../simulator/runtime/args.js";
import { intItem } from "../../simulator/runtime/items.js";
import { intOfBytes } from "../../simulator/runtime/integer-bytes.js";
import { readInt } from "../../simulator/runtime/storage-values.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { MASQUERADE_DAO } from "../../simulator/apps/masquerade-dao/model.js";
import { scanPower, submitVote } from "../../simulator/apps/masquerade-dao/deprecated.js";
import type { CallContext } from "../../simulator/runtime/call-context.js";
import { PREFIX_CACHED_POWER, PREFIX_MASK_COUNTER } from "../../simulator/apps/masquerade-dao/storage-keys.js";
import { withMethodOf } from "./broken-models.js";

/** The O(n) scan one mask short: `id < n` for `id ≤ n`. */
const shortScan = (ctx: CallContext, maskId: bigint): bigint => scanPower(ctx, maskId, readInt(ctx.storage, PREFIX_MASK_COUNTER) - 1n);

/** A deliberately broken model: both users of the scan, the getter and submitVote, read one mask short. */
const scanSkipsLastMask = withMethodOf(withMethodOf(MASQUERADE_DAO, method("getEffectiveVotingPower", [int], (ctx, maskId) => intItem(shortScan(ctx, maskId)), { safe: true })),
  method("submitVote", [int, int, int, int], (ctx, proposalId, maskId, choice, receiptId) => submitVote(ctx, proposalId, maskId, choice, receiptId, shortScan)));

/** Contract models by name, MasqueradeDAO's getEffectiveVotingPower one mask short. */
export function withScanSkippingLastMask(name: string): ContractModel {
  return name === MASQUERADE_DAO.name ? scanSkipsLastMask : contractModelOf(name);
}

/**
 * A mistake shared with a broken contract: REMOVE lowers the delegator count but leaves the cached
 * power `50‖t` as it was, never lowered nor deleted. Every method restores a `50‖t` that it lowered
 * or deleted, as the broken contract never writes it there; model and contract then agree, and
 * only the chain-alone invariants (MD-P1) see the cache drift from the O(n) recomputation.
 */
const cacheNeverLowered = contractModel(MASQUERADE_DAO.name, [...MASQUERADE_DAO.methods.values()].map((m) => ({
  ...m,
  run: (ctx, args) => {
    const before = new Map(ctx.storage.find(PREFIX_CACHED_POWER).map((e) => [e.keyHex, e.valueHex] as const));
    const result = m.run(ctx, args);
    for (const [key, value] of before) {
      const after = ctx.storage.get(key);
      if (after === undefined || intOfBytes(after) < intOfBytes(value)) ctx.storage.put(key, value);
    }
    return result;
  },
})), MASQUERADE_DAO.permissions);

export function withCacheNeverLowered(name: string): ContractModel {
  return name === MASQUERADE_DAO.name ? cacheNeverLowered : contractModelOf(name);
}
