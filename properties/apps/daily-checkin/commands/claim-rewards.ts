import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import type { DailySequence } from "../sequence-model.js";

/** `claimRewards(user)` (DC-P6): the accrued GAS as a real transfer; a second claim → "no rewards". */
export class ClaimRewards implements DifferentialCommand<DailySequence> {
  constructor(readonly signer: string, readonly user: string, readonly delayMs: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: DailySequence, r: DifferentialRun): Promise<void> {
    const user = this.user === "zero" ? arg.hash160("00".repeat(20)) : arg.hash160(chainActor(r, this.user).scriptHash);
    // A claim pays what accrued, whatever the time (DC-P6): its plain delay may share a block.
    await r.transaction({ contract: m.app, method: "claimRewards", args: [user] }, this.signer, flexible(this.delayMs), `claimRewards(${this.user})`);
    m.time = r.time;
  }

  toString(): string {
    return `claimRewards(${this.signer}→${this.user}, +${this.delayMs}ms)`;
  }
}
