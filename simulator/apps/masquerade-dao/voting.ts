// Mirrors contracts/MasqueradeDAO/MiniAppMasqueradeDAO.Voting.cs: VOTECHK and VOTE, shared by
// submitVote [D] and voteWithCalculation [H].
import type { CallContext } from "../../runtime/call-context.js";
import { check, fail } from "../../runtime/fault.js";
import { intItem, stringItem } from "../../runtime/items.js";
import { writeRecord } from "../../runtime/storage-values.js";
import { CHOICE_NO, CHOICE_YES } from "./constants.js";
import { increment, readProposal, storeMask, storeProposal, voteRecord, type Mask, type Proposal } from "./records.js";
import { PREFIX_TOTAL_VOTES, voteKey } from "./storage-keys.js";

/** VOTECHK(p, m): exists, not executed, now < EndTime, no vote of m yet; returns the proposal. */
export function checkVote(ctx: CallContext, proposalId: bigint, maskId: bigint): Proposal {
  const p = readProposal(ctx, proposalId) ?? fail("proposal not found");
  check(!p.executed, "proposal executed");
  check(ctx.now < p.endTime, "voting ended");
  check(ctx.storage.get(voteKey(proposalId, maskId)) === undefined, "already voted");
  return p;
}

/** VOTE(p, m, choice, E). */
export function recordVote(ctx: CallContext, proposalId: bigint, p: Proposal, maskId: bigint, m: Mask, choice: bigint, power: bigint): void {
  writeRecord(ctx.storage, voteKey(proposalId, maskId), voteRecord({ maskId, choice, votingPower: power, timestamp: ctx.now }));
  const tally = choice === CHOICE_YES ? { yesVotes: p.yesVotes + power } : choice === CHOICE_NO ? { noVotes: p.noVotes + power } : { abstainVotes: p.abstainVotes + power };
  storeProposal(ctx, proposalId, { ...p, ...tally, totalVoters: p.totalVoters + 1n });
  const reputation = m.reputation + 1n;
  storeMask(ctx, maskId, { ...m, voteCount: m.voteCount + 1n, reputation });
  increment(ctx, PREFIX_TOTAL_VOTES);
  ctx.notify("VoteSubmitted", [intItem(proposalId), intItem(maskId), intItem(choice)]);
  ctx.notify("ReputationChanged", [intItem(maskId), intItem(reputation), stringItem("vote submitted")]);
}
