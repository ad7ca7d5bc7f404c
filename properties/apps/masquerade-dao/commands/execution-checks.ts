import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun, type FlexibleDelay } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { voteCall } from "../vote-call.js";
import { delayTo } from "../../../patterns/time-boundary/boundary-delay.js";
import { frontendPower, masksWhere, nameOf, proposalAt, proposalCount, type DaoSequence } from "../sequence-model.js";

/** The index-th open (not executed) proposal, if any. */
function openProposal(m: DaoSequence, index: number): bigint | undefined {
  const open: bigint[] = [];
  for (let id = 1n; id <= proposalCount(m); id++) if (!proposalAt(m, id)!.executed) open.push(id);
  return open.length === 0 ? undefined : open[index % open.length];
}

/**
 * One proposal through executeProposal's checks in their order (masquerade-dao.md, MD-P5), as a
 * user meets them: anyone executes it at EndTime − 1 ("voting not ended", when that is still ahead),
 * at EndTime (it executes), and once more ("already executed"); then the owner of a mask that can
 * vote tries both voting methods on it ("proposal executed": VOTECHK comes before RCPT, so the call
 * presents no receipt and spends none).
 */
export class ExecutionChecks implements DifferentialCommand<DaoSequence> {
  constructor(readonly proposal: number, readonly voter: number, readonly executor: string) {}

  check(m: Readonly<DaoSequence>): boolean {
    return openProposal(m as DaoSequence, this.proposal) !== undefined;
  }

  async run(m: DaoSequence, r: DifferentialRun): Promise<void> {
    const id = openProposal(m, this.proposal);
    if (id === undefined) return;
    const execute = async (delay: bigint | FlexibleDelay, label: string) => {
      await r.transaction({ contract: m.app, method: "executeProposal", args: [arg.int(id)] }, this.executor, delay, `executeProposal(${id}) ${label}`);
      m.time = r.time;
    };
    const end = proposalAt(m, id)!.endTime;
    if (end - 1n > m.time) await execute(end - 1n - m.time, "@EndTime−1");
    await execute(delayTo(m.time, end).delay, "@EndTime");
    // Once executed, "already executed" and "proposal executed" hold at any time: the rest may take
    // shared blocks' times. The pair EndTime − 1 / EndTime above stays exact (README §5).
    await execute(flexible(1_000n), "again");
    const voters = masksWhere(m, "voter");
    if (voters.length === 0) return;
    const { id: maskId, mask } = voters[this.voter % voters.length]!;
    const owner = nameOf(r, mask.owner);
    await r.transaction(voteCall(m, r, false, owner, maskId, id, 1n, 0n, 0n), owner, flexible(1_000n), `submitVote(${id}, mask ${maskId}) on the executed proposal`);
    m.time = r.time;
    await r.transaction(voteCall(m, r, true, owner, maskId, id, 2n, frontendPower(m, maskId), 0n), owner, flexible(1_000n), `voteWithCalculation(mask ${maskId}, ${id}) on the executed proposal`);
    m.time = r.time;
  }

  toString(): string {
    return `executionChecks(p#${this.proposal}, voter #${this.voter}, by ${this.executor})`;
  }
}
