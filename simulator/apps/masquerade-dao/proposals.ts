// Mirrors contracts/MasqueradeDAO/MiniAppMasqueradeDAO.Proposals.cs: createProposal and
// executeProposal (quorum and majority).
import type { CallContext } from "../../runtime/call-context.js";
import { check, fail } from "../../runtime/fault.js";
import { byteLength, utf8Hex } from "../../runtime/hex.js";
import { boolItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import { readInt, writeInt } from "../../runtime/storage-values.js";
import { validateNotGloballyPaused } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { APP_ID, BPS, MAX_CATEGORY, MAX_DESCRIPTION, MAX_TITLE, MIN_CATEGORY, PASS_THRESHOLD_BPS, PROPOSAL_FEE, QUORUM_BPS, VOTING_PERIOD } from "./constants.js";
import { increment, readProposal, requireActiveMask, storeMask, storeProposal } from "./records.js";
import { PREFIX_MASK_COUNTER, PREFIX_PASSED, PREFIX_PROPOSAL_COUNTER, PREFIX_REJECTED } from "./storage-keys.js";

export function createProposal(ctx: CallContext, maskId: bigint, title: string, description: string, category: bigint, receiptId: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  const titleHex = utf8Hex(title);
  const descriptionHex = utf8Hex(description);
  check(byteLength(titleHex) >= 1 && byteLength(titleHex) <= MAX_TITLE, "invalid title");
  check(byteLength(descriptionHex) <= MAX_DESCRIPTION, "description too long");
  check(category >= MIN_CATEGORY && category <= MAX_CATEGORY, "invalid category");
  const m = requireActiveMask(ctx, maskId, "mask not active");
  check(ctx.checkWitness(m.owner), "unauthorized");
  validatePaymentReceipt(ctx, APP_ID, m.owner, PROPOSAL_FEE, receiptId);
  const id = readInt(ctx.storage, PREFIX_PROPOSAL_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_PROPOSAL_COUNTER, id);
  const endTime = ctx.now + VOTING_PERIOD;
  storeProposal(ctx, id, {
    id, creator: m.owner, creatorMaskId: maskId, title: titleHex, description: descriptionHex, category, startTime: ctx.now, endTime,
    yesVotes: 0n, noVotes: 0n, abstainVotes: 0n, totalVoters: 0n, executed: false, passed: false,
  });
  const reputation = m.reputation + 5n;
  storeMask(ctx, maskId, { ...m, proposalsCreated: m.proposalsCreated + 1n, reputation });
  ctx.notify("ProposalCreated", [intItem(id), hash160Item(m.owner), stringItem(title), intItem(endTime)]);
  ctx.notify("ReputationChanged", [intItem(maskId), intItem(reputation), stringItem("proposal created")]);
  return id;
}

/** passed = quorum ∧ ⌊Yes × BPS / (Yes + No + 1)⌋ ≥ PASS_THRESHOLD_BPS, quorum = TotalVoters ≥ ⌊masks × QUORUM_BPS / BPS⌋ ∨ TotalVoters ≥ 3. */
export function outcomeOf(masks: bigint, totalVoters: bigint, yes: bigint, no: bigint): boolean {
  const q = (masks * QUORUM_BPS) / BPS;
  const quorum = totalVoters >= q || totalVoters >= 3n;
  return quorum && (yes * BPS) / (yes + no + 1n) >= PASS_THRESHOLD_BPS;
}

export function executeProposal(ctx: CallContext, proposalId: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  const p = readProposal(ctx, proposalId) ?? fail("proposal not found");
  check(!p.executed, "already executed");
  check(ctx.now >= p.endTime, "voting not ended");
  const passed = outcomeOf(readInt(ctx.storage, PREFIX_MASK_COUNTER), p.totalVoters, p.yesVotes, p.noVotes);
  storeProposal(ctx, proposalId, { ...p, executed: true, passed });
  increment(ctx, passed ? PREFIX_PASSED : PREFIX_REJECTED);
  ctx.notify("ProposalExecuted", [intItem(proposalId), boolItem(passed), intItem(p.yesVotes), intItem(p.noVotes)]);
}
