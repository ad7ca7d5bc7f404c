import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { transferCall } from "../../../../neo-express/driver/gas-transfer.js";
import { chainActor } from "../../../harness/chain-actor.js";
import type { CompoundSequence } from "../sequence-model.js";

/**
 * A plain NEP-17 transfer of GAS or NEO from a user to the app: onNEP17Payment accepts both from
 * anyone without any effect (compound-capsule.md), so the NEO becomes CC-P5's "unsolicited NEO"
 * and the GAS G7's "GAS received". The user's CalledByEntry scope suffices: the entry script calls the token.
 */
export class SendToken implements DifferentialCommand<CompoundSequence> {
  constructor(readonly token: "GAS" | "NEO", readonly from: string, readonly amount: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: CompoundSequence, r: DifferentialRun): Promise<void> {
    // A transfer the app accepts without effect, whatever the time: it may share a block.
    await r.transaction(transferCall(this.token, chainActor(r, this.from), m.app, this.amount), this.from, flexible(1_000n));
    m.time = r.time;
  }

  toString(): string {
    return `${this.from}: ${this.token}.transfer(→ app, ${this.amount})`;
  }
}
