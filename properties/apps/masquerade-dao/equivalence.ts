import { arg } from "../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { EquivalencePattern } from "../../patterns/equivalence/equivalence-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { APP_ID, VOTE_FEE } from "../../../simulator/apps/masquerade-dao/constants.js";
import { votablePair } from "./vote-perturbation.js";
import { frontendPower, maskAt, maskIdAt, masksWhere, nameOf, proposalAt, proposalIdAt, type DaoSequence } from "./sequence-model.js";

const after = (m: DaoSequence, r: DifferentialRun) => {
  m.time = r.time;
};

/**
 * MD-P3 (G8), success only: `voteWithCalculation(owner, m, p, c, E(m), r)` ≡ `submitVote(p, m, c, r)`
 * — identical storage, events and receipt use — from one state at one time, E(m) by the frontend's
 * calculation. Both present the same receipt of the mask's owner, paid just before. The pair is
 * the first mask that can vote with an open proposal it has not voted on; with none, the index-th
 * mask and proposal, where both paths must fault (messages not compared).
 */
export function votePair(index: number, choice: bigint): EquivalencePattern<DaoSequence> {
  let chosen = { maskId: 1n, proposalId: 1n, owner: "u1", receipt: 0n, open: false };
  return {
    name: `voteWithCalculation(E) ≡ submitVote (#${index}, choice ${choice})`,
    successOnly: true,
    prepare: async (m, r) => {
      const pair = votablePair(m, index);
      const maskId = pair?.maskId ?? maskIdAt(m, index);
      const mask = maskAt(m, maskId);
      const owner = mask === null ? "u1" : nameOf(r, mask.owner);
      // Exact: the pair was chosen open OPEN_MARGIN beyond T_last, which the chain step's delay
      // (up to a minute) may use up.
      const receipt = (await payReceipt(m, r, owner, VOTE_FEE, 1_000n, APP_ID)) ?? 0n;
      chosen = { maskId, proposalId: pair?.proposalId ?? proposalIdAt(m, index), owner, receipt, open: pair !== undefined };
    },
    hybrid: (m, r) => ({
      call: { contract: m.app, method: "voteWithCalculation", args: [arg.hash160(chainActor(r, chosen.owner).scriptHash), arg.int(chosen.maskId), arg.int(chosen.proposalId), arg.int(choice), arg.int(frontendPower(m, chosen.maskId)), arg.int(chosen.receipt)] },
      sender: chosen.owner,
    }),
    deprecated: (m) => ({ call: { contract: m.app, method: "submitVote", args: [arg.int(chosen.proposalId), arg.int(chosen.maskId), arg.int(choice), arg.int(chosen.receipt)] }, sender: chosen.owner }),
    model: (m) => m.model,
    contracts: (m) => [m.app, m.paymentHub],
    afterStep: after,
    // Both paths are compared at the chain step's own time, so the pair holds at any time; a pair
    // chosen open stays before its EndTime, so that it still compares two successes.
    latest: (m) => (chosen.open ? (proposalAt(m, chosen.proposalId)?.endTime ?? 1n) - 1n : null),
  };
}

/**
 * MD-P3 (G8), success only: `delegateWithCacheUpdate(owner, d, t)` ≡ `delegateVote(d, t)` — identical
 * storage (the cache 50–53 included) and events. `d` is the index-th active mask, `t` one of: the
 * target-th other active mask, 0 (undelegate), or d's current target (a re-delegation that changes
 * nothing, MD-P8).
 */
export function delegatePair(index: number, target: number, to: "mask" | "zero" | "current"): EquivalencePattern<DaoSequence> {
  let chosen = { from: 1n, to: 0n, owner: "u1" };
  return {
    name: `delegateWithCacheUpdate ≡ delegateVote (#${index} → ${to === "mask" ? `#${target}` : to})`,
    successOnly: true,
    prepare: async (m, r) => {
      const from = maskIdAt(m, index, "active");
      const mask = maskAt(m, from);
      const others = masksWhere(m, "active").filter((x) => x.id !== from);
      const t = to === "zero" ? 0n : to === "current" ? mask?.delegatedTo ?? 0n : others.length > 0 ? others[target % others.length]!.id : 0n;
      chosen = { from, to: t, owner: mask === null ? "u1" : nameOf(r, mask.owner) };
    },
    hybrid: (m, r) => ({ call: { contract: m.app, method: "delegateWithCacheUpdate", args: [arg.hash160(chainActor(r, chosen.owner).scriptHash), arg.int(chosen.from), arg.int(chosen.to)] }, sender: chosen.owner }),
    deprecated: (m) => ({ call: { contract: m.app, method: "delegateVote", args: [arg.int(chosen.from), arg.int(chosen.to)] }, sender: chosen.owner }),
    model: (m) => m.model,
    contracts: (m) => [m.app],
    afterStep: after,
    // Delegation checks no time: both paths agree at whatever time the chain step runs at.
    latest: () => null,
  };
}
