import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import type { CompoundSequence } from "../sequence-model.js";

/**
 * A user calls the app's `onNEP17Payment` directly: the calling script is the transaction's, not
 * GAS or NEO, so "unsupported token" (compound-capsule.md: other tokens are refused).
 */
export class DirectPayment implements DifferentialCommand<CompoundSequence> {
  constructor(readonly from: string, readonly amount: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: CompoundSequence, r: DifferentialRun): Promise<void> {
    const call = { contract: m.app, method: "onNEP17Payment", args: [arg.hash160(chainActor(r, this.from).scriptHash), arg.int(this.amount), arg.any()] };
    // Refused whatever the time ("unsupported token"): it may share a block.
    await r.transaction(call, this.from, flexible(1_000n));
    m.time = r.time;
  }

  toString(): string {
    return `${this.from}: onNEP17Payment(${this.amount}) called directly`;
  }
}
