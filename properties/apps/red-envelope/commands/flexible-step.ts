import type { ContractCall } from "../../../../neo-express/driver/contract-call.js";
import type { Outcome } from "../../../../simulator/runtime/outcome.js";
import { FLEXIBLE_SLACK_MS, flexible, type DifferentialRun, type FlexibleDelay } from "../../../harness/differential-run.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import type { EnvelopeSequence } from "../sequence-model.js";

/**
 * A plain delay (no README §5 boundary): at least `ms` after T_last and, when sequences share
 * blocks, up to a minute later (a longer delay up to twice as long), as DoomsdayClock's; never
 * after `latest` when given. RedEnvelope's calls carry no time (an expiry is a duration from the
 * creation's own block), and the checks that read it (claim's and refund's expiry) are the
 * model's, for the time the block runs at.
 */
export const plain = (ms: bigint, latest?: bigint): FlexibleDelay => flexible(ms, ms > FLEXIBLE_SLACK_MS ? ms : FLEXIBLE_SLACK_MS, latest);

/** A CallStep whose delay may be a FlexibleDelay (CallStep's own is exact): `at` gives it, or the exact delay of a boundary. */
export class FlexibleStep extends CallStep<EnvelopeSequence> {
  constructor(
    label: string,
    sender: string | ((m: EnvelopeSequence) => string),
    readonly at: (m: EnvelopeSequence) => bigint | FlexibleDelay,
    build: (m: EnvelopeSequence, r: DifferentialRun) => ContractCall,
    after?: (m: EnvelopeSequence, model: Outcome) => void,
  ) {
    super(label, sender, (m) => {
      const d = at(m);
      return typeof d === "bigint" ? d : d.ms;
    }, build, after);
  }

  override async run(m: EnvelopeSequence, r: DifferentialRun): Promise<void> {
    const sender = typeof this.sender === "string" ? this.sender : this.sender(m);
    const { model } = await r.transaction(this.build(m, r), sender, this.at(m), this.label);
    m.time = r.time;
    this.after?.(m, model);
  }
}
