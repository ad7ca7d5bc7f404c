import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
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
    await r.transaction({ contract: m.app, method: "claimRewards", args: [user] }, this.signer, this.delayMs, `claimRewards(${this.user})`);
    m.time = r.time;
  }

  toString(): string {
    return `claimRewards(${this.signer}→${this.user}, +${this.delayMs}ms)`;
  }
}
