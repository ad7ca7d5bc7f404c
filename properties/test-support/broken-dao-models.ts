import { contractModel, method, type ContractModel } from "../../simulator/runtime/contract-model.js";
import { int } from "../../simulator/runtime/args.js";
import { intItem } from "../../simulator/runtime/items.js";
import { intOfBytes } from "../../simulator/runtime/integer-bytes.js";
import { readInt } from "../../simulator/runtime/storage-values.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { MASQUERADE_DAO } from "../../simulator/apps/masquerade-dao/model.js";
import { readMask, requireActiveMask } from "../../simulator/apps/masquerade-dao/records.js";
import { checkVote, recordVote } from "../../simulator/apps/masquerade-dao/voting.js";
import { APP_ID, CHOICE_ABSTAIN, CHOICE_YES, VOTE_FEE } from "../../simulator/apps/masquerade-dao/constants.js";
import { validateNotGloballyPaused } from "../../simulator/bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../simulator/bases/mini-app-base-receipts.js";
import { check } from "../../simulator/runtime/fault.js";
import type { CallContext } from "../../simulator/runtime/call-context.js";
import { PREFIX_CACHED_POWER, PREFIX_MASK_COUNTER } from "../../simulator/apps/masquerade-dao/storage-keys.js";
import { withMethodOf } from "./broken-models.js";

/** The O(n) scan one mask short: `id < n` for `id ≤ n`. */
function shortScan(ctx: CallContext, maskId: bigint): bigint {
  const m = readMask(ctx, maskId);
  if (m === null) return 0n;
  let total = m.votingPower;
  const n = readInt(ctx.storage, PREFIX_MASK_COUNTER);
  for (let id = 1n; id < n; id++) {
    const d = readMask(ctx, id);
    if (d !== null && d.delegatedTo === maskId && d.active) total += d.votingPower;
  }
  return total;
}

/** A deliberately broken model: both users of the scan, the getter and submitVote, read one mask short. */
const scanSkipsLastMask = withMethodOf(withMethodOf(MASQUERADE_DAO, method("getEffectiveVotingPower", [int], (ctx, maskId) => intItem(shortScan(ctx, maskId)), { safe: true })),
  method("submitVote", [int, int, int, int], (ctx, proposalId, maskId, choice, receiptId) => {
    validateNotGloballyPaused(ctx, APP_ID);
    check(choice >= CHOICE_YES && choice <= CHOICE_ABSTAIN, "invalid choice");
    const m = requireActiveMask(ctx, maskId, "mask not active");
    check(ctx.checkWitness(m.owner), "unauthorized");
    check(m.delegatedTo === 0n, "mask delegated");
    const p = checkVote(ctx, proposalId, maskId);
    validatePaymentReceipt(ctx, APP_ID, m.owner, VOTE_FEE, receiptId);
    recordVote(ctx, proposalId, p, maskId, m, choice, shortScan(ctx, maskId));
  }));

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
