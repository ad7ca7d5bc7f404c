import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { APP_ID, VOTE_FEE } from "../../../../simulator/apps/masquerade-dao/constants.js";
import { votablePair } from "../vote-perturbation.js";
import { voteCall } from "../vote-call.js";
import { frontendPower, nameOf, proposalAt, type DaoSequence } from "../sequence-model.js";

/**
 * One vote per (proposal, mask) (MD-P4): the owner of a mask that can vote pays VOTE_FEE and votes
 * on an open proposal it has not voted on, then votes again on it by either path: "already voted"
 * (VOTECHK comes before RCPT, so the second call presents the spent receipt and changes nothing).
 */
export class VoteTwice implements DifferentialCommand<DaoSequence> {
  constructor(readonly index: number, readonly firstHybrid: boolean, readonly againHybrid: boolean) {}

  check(m: Readonly<DaoSequence>): boolean {
    return votablePair(m as DaoSequence, this.index) !== undefined;
  }

  async run(m: DaoSequence, r: DifferentialRun): Promise<void> {
    const pair = votablePair(m, this.index);
    if (pair === undefined) return;
    const owner = nameOf(r, pair.mask.owner);
    // Each step may take a shared block's time within a minute, all before the proposal's EndTime:
    // the second vote must meet "already voted", which VOTECHK checks after `now < EndTime`.
    const end = proposalAt(m, pair.proposalId)!.endTime;
    const receipt = (await payReceipt(m, r, owner, VOTE_FEE, flexible(1_000n, undefined, end - 3n), APP_ID)) ?? 0n;
    const vote = async (hybrid: boolean, label: string, stepsAfter: bigint) => {
      const call = voteCall(m, r, hybrid, owner, pair.maskId, pair.proposalId, 1n, frontendPower(m, pair.maskId), receipt);
      await r.transaction(call, owner, flexible(1_000n, undefined, end - 1n - stepsAfter), `${call.method}(${pair.proposalId}, mask ${pair.maskId}) ${label}`);
      m.time = r.time;
    };
    await vote(this.firstHybrid, "first", 1n);
    await vote(this.againHybrid, "again", 0n);
  }

  toString(): string {
    return `voteTwice(voter #${this.index}, ${this.firstHybrid ? "hybrid" : "deprecated"} then ${this.againHybrid ? "hybrid" : "deprecated"})`;
  }
}
