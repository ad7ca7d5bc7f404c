import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { delayTo } from "../../../patterns/time-boundary/boundary-delay.js";
import { APP_ID, MASK_FEE } from "../../../../simulator/apps/masquerade-dao/constants.js";
import { createMaskCall } from "./create-mask.js";
import { maskCount, proposalAt, proposalCount, type DaoSequence } from "../sequence-model.js";

/** At most this many masks are created to reach a quorum boundary. */
const MAX_NEW_MASKS = 12n;

/**
 * The quorum boundary of executeProposal (MD-P5): for an open proposal with TotalVoters v < 3, u6
 * creates masks until the mask count is 10(v + 1) − 1 (q = v: quorum holds) or 10(v + 1) (q = v + 1:
 * it fails), then u5 executes it at EndTime (or 1 ms later when EndTime has passed).
 */
export class QuorumBoundary implements DifferentialCommand<DaoSequence> {
  constructor(readonly proposal: number, readonly holds: boolean) {}

  private plan(m: DaoSequence): { id: bigint; masks: bigint } | undefined {
    const open: { id: bigint; voters: bigint }[] = [];
    for (let id = 1n; id <= proposalCount(m); id++) {
      const p = proposalAt(m, id)!;
      if (!p.executed && p.totalVoters < 3n) open.push({ id, voters: p.totalVoters });
    }
    const n = maskCount(m);
    const fit = open.map((p) => ({ id: p.id, masks: 10n * (p.voters + 1n) - (this.holds ? 1n : 0n) })).filter((p) => p.masks >= n && p.masks - n <= MAX_NEW_MASKS);
    return fit.length === 0 ? undefined : fit[this.proposal % fit.length];
  }

  check(m: Readonly<DaoSequence>): boolean {
    return this.plan(m as DaoSequence) !== undefined;
  }

  async run(m: DaoSequence, r: DifferentialRun): Promise<void> {
    const plan = this.plan(m);
    if (plan === undefined) return;
    // The masks may take shared blocks' times (no time check), each within a minute, but all before
    // EndTime, so that the execution still comes exactly at EndTime (README §5), after them.
    const end = proposalAt(m, plan.id)!.endTime;
    const before = (stepsAfter: bigint) => flexible(1n, undefined, end - 1n - stepsAfter);
    while (maskCount(m) < plan.masks) {
      const left = 2n * (plan.masks - maskCount(m));
      const receipt = (await payReceipt(m, r, "u6", MASK_FEE, before(left - 1n), APP_ID)) ?? 0n;
      await r.transaction(createMaskCall(m, r, "u6", { maskType: 1n, hashBytes: 32 }, receipt), "u6", before(left - 2n));
      m.time = r.time;
    }
    await r.transaction({ contract: m.app, method: "executeProposal", args: [arg.int(plan.id)] }, "u5", delayTo(m.time, end).delay, `executeProposal(${plan.id}) with ${plan.masks} masks`);
    m.time = r.time;
  }

  toString(): string {
    return `quorumBoundary(p#${this.proposal}, ${this.holds ? "q = TotalVoters" : "q = TotalVoters + 1"})`;
  }
}
