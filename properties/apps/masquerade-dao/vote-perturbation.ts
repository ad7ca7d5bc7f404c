import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payRowReceipts, receiptRows, receiptUsed, type RowReceipts } from "../../patterns/pay-then-act/receipt-rows.js";
import { APP_ID, VOTE_FEE } from "../../../simulator/apps/masquerade-dao/constants.js";
import type { Mask } from "../../../simulator/apps/masquerade-dao/records.js";
import { appRead } from "../../patterns/pay-then-act/app-read.js";
import { otherThan } from "./commands/dao-call.js";
import { voteCall } from "./vote-call.js";
import { frontendPower, hashOf, maskCount, masksWhere, nameOf, proposalAt, proposalCount, type DaoSequence } from "./sequence-model.js";

/** Rows run 1 ms apart after the receipts: a proposal open this long from T_last stays open through them. */
const OPEN_MARGIN = 60_000n;

const voted = (m: DaoSequence, p: bigint, mask: bigint) => appRead(m, "getVote", [{ type: "Integer", value: p }, { type: "Integer", value: mask }]).type !== "Any";

/** The first (mask that can vote, open proposal it has not voted on) pair from the index-th voter mask on. */
export function votablePair(m: DaoSequence, index: number): { maskId: bigint; mask: Mask; proposalId: bigint } | undefined {
  const voters = masksWhere(m, "voter");
  for (let k = 0; k < voters.length; k++) {
    const { id, mask } = voters[(index + k) % voters.length]!;
    for (let p = 1n; p <= proposalCount(m); p++) {
      const prop = proposalAt(m, p)!;
      if (!prop.executed && prop.endTime > m.time + OPEN_MARGIN && !voted(m, p, id)) return { maskId: id, mask, proposalId: p };
    }
  }
  return undefined;
}

/**
 * MD-P2's table for `voteWithCalculation` (masquerade-dao.md): the owner of a mask that can vote
 * pays VOTE_FEE (and a low, a foreign and another payer's receipt exist), every row faults with its
 * message, then the honest call with the power the frontend computed from the delegator list
 * passes. Rows that need a particular mask or proposal (another owner's, a delegated or inactive
 * one of the voter, an executed proposal, one already voted on) are added when one exists. The
 * time row (`now ≥ EndTime`) and the stale rows run in commands of their own (DaoCall at the
 * boundary pair, StaleVote).
 */
export function votePattern(index: number, choice: bigint, k: bigint): FrontendPattern<DaoSequence> {
  let receipts: RowReceipts = {};
  let target: { maskId: bigint; mask: Mask; proposalId: bigint; owner: string } | undefined;
  const call = (m: DaoSequence, r: DifferentialRun, voter: string, maskId: bigint, proposalId: bigint, c: bigint, power: bigint, receiptId: bigint): ContractCall =>
    voteCall(m, r, true, voter, maskId, proposalId, c, power, receiptId);
  return {
    name: `voteWithCalculation(voter #${index}, choice ${choice})`,
    honestNever: ["invalid choice", "not mask owner", "mask delegated", "mask not active", "unauthorized", "proposal not found", "proposal executed", "voting ended",
      "already voted", "receiptId required", "receipt already used", "receipt not found", "receipt app mismatch", "receipt payer mismatch", "insufficient payment", "power mismatch"],
    applicable: (m) => votablePair(m, index) !== undefined,
    prepare: async (m, r) => {
      const pair = votablePair(m, index)!;
      target = { ...pair, owner: nameOf(r, pair.mask.owner) };
      receipts = await payRowReceipts(m, r, target.owner, otherThan(target.owner), VOTE_FEE, APP_ID, 1_000n);
    },
    honest: (m, r) => ({ call: call(m, r, target!.owner, target!.maskId, target!.proposalId, choice, frontendPower(m, target!.maskId), receipts.honest ?? 0n), sender: target!.owner }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, r) => {
      const { maskId, proposalId, owner } = target!;
      const power = frontendPower(m, maskId);
      const honestReceipt = receipts.honest ?? 0n;
      const rows: PerturbationCase[] = [];
      const row = (label: string, expected: string, over: { voter?: string; maskId?: bigint; proposalId?: bigint; choice?: bigint; power?: bigint; sender?: string }) =>
        rows.push({ label: `voteWithCalculation(${label})`, expected, sender: over.sender ?? owner,
          call: call(m, r, over.voter ?? owner, over.maskId ?? maskId, over.proposalId ?? proposalId, over.choice ?? choice, over.power ?? power, honestReceipt) });
      for (const c of [0n, 4n, -1n]) row(`choice ${c}`, "invalid choice", { choice: c });
      row("voter: another account", "not mask owner", { voter: otherThan(owner) });
      row("maskId never created", "not mask owner", { maskId: maskCount(m) + 1n });
      const ownerHash = hashOf(r, owner);
      const all = masksWhere(m, "any");
      const foreign = all.find((x) => x.mask.owner !== ownerHash);
      if (foreign) row("another owner's mask", "not mask owner", { maskId: foreign.id });
      const delegated = all.find((x) => x.mask.owner === ownerHash && x.mask.delegatedTo > 0n);
      if (delegated) row("a mask of the voter with DelegatedTo > 0", "mask delegated", { maskId: delegated.id });
      const inactive = all.find((x) => x.mask.owner === ownerHash && !x.mask.active && x.mask.delegatedTo === 0n);
      if (inactive) row("a deactivated, undelegated mask of the voter", "mask not active", { maskId: inactive.id });
      row("signer: another account, voter = the owner", "unauthorized", { sender: otherThan(owner) });
      row("proposalId never created", "proposal not found", { proposalId: proposalCount(m) + 1n });
      const proposals = Array.from({ length: Number(proposalCount(m)) }, (_, i) => BigInt(i + 1));
      const executed = proposals.find((p) => proposalAt(m, p)!.executed);
      if (executed !== undefined) row("an executed proposal", "proposal executed", { proposalId: executed });
      const already = proposals.find((p) => !proposalAt(m, p)!.executed && proposalAt(m, p)!.endTime > r.time + OPEN_MARGIN && voted(m, p, maskId));
      if (already !== undefined) row("a proposal this mask has voted on", "already voted", { proposalId: already });
      rows.push(...receiptRows(m, owner, owner, receipts, (id) => call(m, r, owner, maskId, proposalId, choice, power, id), (id) => receiptUsed(m, m.app, id))
        .map((x) => ({ ...x, label: `voteWithCalculation(${x.label})` })));
      row("E′ + 1", "power mismatch", { power: power + 1n });
      row("E′ − 1", "power mismatch", { power: power - 1n });
      row(`E′ + k (= ${k})`, "power mismatch", { power: power + k });
      row("E′ negated", "power mismatch", { power: -power });
      if (power !== target!.mask.votingPower) row("the base power alone while the mask has delegators", "power mismatch", { power: target!.mask.votingPower });
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // Every row and the honest vote assume VOTECHK's `now < EndTime` passes, for the voted proposal
    // and for the one of the "already voted" row (open OPEN_MARGIN beyond T_last): until the earlier
    // of the voted proposal's EndTime and OPEN_MARGIN from now, less 1 ms.
    latest: (m) => {
      const end = proposalAt(m, target!.proposalId)?.endTime ?? m.time;
      return (end < m.time + OPEN_MARGIN ? end : m.time + OPEN_MARGIN) - 1n;
    },
  };
}
