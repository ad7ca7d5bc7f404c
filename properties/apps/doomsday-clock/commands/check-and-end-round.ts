import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { DoomsdaySequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/** `checkAndEndRound()` (anyone): generated at EndTime − 1 ("round not ended") and EndTime (DD-P7). */
export class CheckAndEndRound implements DifferentialCommand<DoomsdaySequence> {
  constructor(readonly signer: string, readonly delay: Delay) {}

  check(): boolean {
    return true;
  }

  async run(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
    await r.transaction({ contract: m.app, method: "checkAndEndRound", args: [] }, this.signer, resolveDelay(m, this.delay));
    m.time = r.time;
  }

  toString(): string {
    return `checkAndEndRound(${this.signer}, ${showDelay(this.delay)})`;
  }
}
