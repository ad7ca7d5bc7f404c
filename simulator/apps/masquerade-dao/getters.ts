// Mirrors contracts/MasqueradeDAO/MiniAppMasqueradeDAO.Getters.cs (masquerade-dao.md "Getters").
import { int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { Any, arrayItem, intItem } from "../../runtime/items.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { stringMapItem } from "../../runtime/string-map.js";
import { BASIC_POWER, MASK_FEE, PAIR_SHIFT, PASS_THRESHOLD_BPS, PREMIUM_MASK_FEE, PREMIUM_POWER, PROPOSAL_FEE, QUORUM_BPS, VOTE_FEE, VOTING_PERIOD } from "./constants.js";
import { readMask } from "./records.js";
import { delegatorCountKey, delegatorKey, maskKey, PREFIX_MASK_COUNTER, PREFIX_PROPOSAL_COUNTER, PREFIX_TOTAL_VOTES, proposalKey, voteKey } from "./storage-keys.js";

export function getDelegatorsForMask(ctx: CallContext, maskId: bigint): bigint[] {
  const count = readInt(ctx.storage, delegatorCountKey(maskId));
  const list: bigint[] = [];
  for (let i = 0n; i < count; i++) list.push(readInt(ctx.storage, delegatorKey(maskId, i)));
  return list;
}

function getDAOConstants(ctx: CallContext) {
  return stringMapItem([
    ["basicPower", intItem(BASIC_POWER)],
    ["premiumPower", intItem(PREMIUM_POWER)],
    ["maskFee", intItem(MASK_FEE)],
    ["premiumMaskFee", intItem(PREMIUM_MASK_FEE)],
    ["proposalFee", intItem(PROPOSAL_FEE)],
    ["voteFee", intItem(VOTE_FEE)],
    ["votingPeriodMs", intItem(VOTING_PERIOD)],
    ["quorumBps", intItem(QUORUM_BPS)],
    ["passThresholdBps", intItem(PASS_THRESHOLD_BPS)],
    ["totalMasks", intItem(readInt(ctx.storage, PREFIX_MASK_COUNTER))],
    ["currentTime", intItem(ctx.now)],
  ]);
}

const stored = (key: string) => (ctx: CallContext) => intItem(readInt(ctx.storage, key));

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("getDelegatorsForMask", [int], (ctx, maskId) => arrayItem(getDelegatorsForMask(ctx, maskId).map(intItem)), { safe: true }),
  method("getDelegatorCount", [int], (ctx, maskId) => intItem(readInt(ctx.storage, delegatorCountKey(maskId))), { safe: true }),
  method("getDAOConstants", [], (ctx) => getDAOConstants(ctx), { safe: true }),
  method("getMask", [int], (ctx, maskId) => readRecord(ctx.storage, maskKey(maskId)) ?? Any, { safe: true }),
  method("getProposal", [int], (ctx, proposalId) => readRecord(ctx.storage, proposalKey(proposalId)) ?? Any, { safe: true }),
  method("getVote", [int, int], (ctx, proposalId, maskId) => (maskId < 0n || maskId >= PAIR_SHIFT ? Any : readRecord(ctx.storage, voteKey(proposalId, maskId)) ?? Any), { safe: true }),
  method("getDelegation", [int], (ctx, maskId) => intItem(readMask(ctx, maskId)?.delegatedTo ?? 0n), { safe: true }),
  method("totalMasks", [], stored(PREFIX_MASK_COUNTER), { safe: true }),
  method("totalProposals", [], stored(PREFIX_PROPOSAL_COUNTER), { safe: true }),
  method("totalVotes", [], stored(PREFIX_TOTAL_VOTES), { safe: true }),
];
