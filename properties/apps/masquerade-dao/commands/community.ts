import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { APP_ID, maskFeeOf, PROPOSAL_FEE } from "../../../../simulator/apps/masquerade-dao/constants.js";
import { createMaskCall } from "./create-mask.js";
import { textOfBytes } from "./dao-call.js";
import type { DaoSequence } from "../sequence-model.js";

/**
 * A community forms (the honest paid flows of README §6, several in one command so that runs reach
 * delegation and voting states early): each member pays for and creates a mask of its type, then
 * the first member's new mask opens a proposal.
 */
export class Community implements DifferentialCommand<DaoSequence> {
  constructor(readonly members: readonly { readonly who: string; readonly maskType: bigint }[], readonly category: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: DaoSequence, r: DifferentialRun): Promise<void> {
    // Payments, masks and the proposal have no time check (the proposal's EndTime is whenever it is
    // opened, plus VOTING_PERIOD): every step may take a shared block's time.
    const soon = flexible(1_000n);
    let first: bigint | undefined;
    for (const { who, maskType } of this.members) {
      const receipt = (await payReceipt(m, r, who, maskFeeOf(maskType), soon, APP_ID)) ?? 0n;
      const { model } = await r.transaction(createMaskCall(m, r, who, { maskType, hashBytes: 32 }, receipt), who, soon);
      m.time = r.time;
      const id = model.state === "HALT" ? model.stack[0] : undefined;
      if (first === undefined && id?.type === "Integer") first = id.value;
    }
    if (first === undefined) return;
    const proposer = this.members[0]!.who;
    const receipt = (await payReceipt(m, r, proposer, PROPOSAL_FEE, soon, APP_ID)) ?? 0n;
    await r.transaction({ contract: m.app, method: "createProposal", args: [arg.int(first), arg.str(textOfBytes(16)), arg.str(textOfBytes(64)), arg.int(this.category), arg.int(receipt)] }, proposer, soon);
    m.time = r.time;
  }

  toString(): string {
    return `community(${this.members.map((x) => `${x.who}:${x.maskType}`).join(", ")}, proposal cat ${this.category})`;
  }
}
