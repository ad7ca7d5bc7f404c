import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { activeAt, type CompoundSequence } from "../sequence-model.js";
import { earlyCall, unlockCall } from "./calculation-call.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/**
 * CC-P2's stale row: the frontend computes its submission, then the owner's `extendLock` of the
 * capsule lands first, then the old submission arrives `delay` later. It faults with the first
 * check it fails "as the model computes it" (the differential comparison judges it), or passes
 * where the extension did not change what it verifies (early: the principal).
 */
export class StaleSubmission implements DifferentialCommand<CompoundSequence> {
  constructor(readonly kind: "unlock" | "early", readonly capsule: number, readonly days: bigint, readonly delay: Delay) {}

  check(m: Readonly<CompoundSequence>): boolean {
    return activeAt(m as CompoundSequence, this.capsule) !== undefined;
  }

  async run(m: CompoundSequence, r: DifferentialRun): Promise<void> {
    const { known } = activeAt(m, this.capsule)!;
    const stale = this.kind === "unlock" ? unlockCall(m, known.id) : earlyCall(m, known.id);
    // The extension's call does not depend on its time (ACCRUE takes `now` itself), and the stale
    // values were read before it: it may share a block.
    await r.transaction({ contract: m.app, method: "extendLock", args: [arg.int(known.id), arg.int(this.days)] }, known.owner, flexible(1_000n));
    m.time = r.time;
    await r.transaction(stale, known.owner, resolveDelay(m, this.delay), `${stale.method}(stale: read before extendLock)`);
    m.time = r.time;
  }

  toString(): string {
    return `stale(${this.kind}: #${this.capsule}, extendLock ${this.days}d first, ${showDelay(this.delay)})`;
  }
}
