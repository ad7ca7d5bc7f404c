// Mirrors contracts/MasqueradeDAO/MiniAppMasqueradeDAO.Deprecated.cs: submitVote [D] and
// getEffectiveVotingPower [D], the O(n) scan of every mask 1 … 40.
import { int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import { intItem } from "../../runtime/items.js";
import { readInt } from "../../runtime/storage-values.js";
import { validateNotGloballyPaused } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { APP_ID, CHOICE_ABSTAIN, CHOICE_YES, VOTE_FEE } from "./constants.js";
import { readMask, requireActiveMask } from "./records.js";
import { checkVote, recordVote } from "./voting.js";
import { PREFIX_MASK_COUNTER } from "./storage-keys.js";

/** submitVote [D]; `power` is the scan (a parameter only so that tests can break it). */
export function submitVote(ctx: CallContext, proposalId: bigint, maskId: bigint, choice: bigint, receiptId: bigint, power = getEffectiveVotingPower): void {
  validateNotGloballyPaused(ctx, APP_ID);
  check(choice >= CHOICE_YES && choice <= CHOICE_ABSTAIN, "invalid choice");
  const m = requireActiveMask(ctx, maskId, "mask not active");
  check(ctx.checkWitness(m.owner), "unauthorized");
  check(m.delegatedTo === 0n, "mask delegated");
  const p = checkVote(ctx, proposalId, maskId);
  validatePaymentReceipt(ctx, APP_ID, m.owner, VOTE_FEE, receiptId);
  recordVote(ctx, proposalId, p, maskId, m, choice, power(ctx, maskId));
}

/** E(m) by scanning every mask id 1 … 40; 0 when m does not exist. */
export const getEffectiveVotingPower = (ctx: CallContext, maskId: bigint): bigint => scanPower(ctx, maskId, readInt(ctx.storage, PREFIX_MASK_COUNTER));

/** base(m) + Σ base(d) over the active masks d ≤ `last` with DelegatedTo = m; 0 when m does not exist. */
export function scanPower(ctx: CallContext, maskId: bigint, last: bigint): bigint {
  const m = readMask(ctx, maskId);
  if (m === null) return 0n;
  let total = m.votingPower;
  for (let id = 1n; id <= last; id++) {
    const d = readMask(ctx, id);
    if (d !== null && d.delegatedTo === maskId && d.active) total += d.votingPower;
  }
  return total;
}

export const DEPRECATED_METHODS: readonly ModelMethod[] = [
  method("submitVote", [int, int, int, int], (ctx, proposalId, maskId, choice, receiptId) => submitVote(ctx, proposalId, maskId, choice, receiptId)),
  method("getEffectiveVotingPower", [int], (ctx, maskId) => intItem(getEffectiveVotingPower(ctx, maskId)), { safe: true }),
];
