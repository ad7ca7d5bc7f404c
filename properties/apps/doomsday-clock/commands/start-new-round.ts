import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { DoomsdaySequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/** `startNewRound()` (admin): by ADMIN, or by another account (→ "unauthorized"). */
export class StartNewRound implements DifferentialCommand<DoomsdaySequence> {
  constructor(readonly signer: string, readonly delay: Delay) {}

  check(): boolean {
    return true;
  }

  async run(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
    await r.transaction({ contract: m.app, method: "startNewRound", args: [] }, this.signer, resolveDelay(m, this.delay));
    m.time = r.time;
  }

  toString(): string {
    return `startNewRound(${this.signer}, ${showDelay(this.delay)})`;
  }
}
