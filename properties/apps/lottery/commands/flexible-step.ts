import type { ContractCall } from "../../../../neo-express/driver/contract-call.js";
import type { Outcome } from "../../../../simulator/runtime/outcome.js";
import { FLEXIBLE_SLACK_MS, flexible, type DifferentialRun, type FlexibleDelay } from "../../../harness/differential-run.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import type { LotterySequence } from "../sequence-model.js";

/**
 * A plain delay (no README §5 boundary): at least `ms` after T_last, and when sequences share
 * blocks up to a minute later, or for a longer delay up to twice as long, as DoomsdayClock's. Every
 * plain delay of Lottery is a lower bound only (past a cooldown, a gap between steps): a later
 * block keeps what it aims at, and the model computes each outcome for the time the block runs at.
 */
export const plain = (ms: bigint): FlexibleDelay => flexible(ms, ms > FLEXIBLE_SLACK_MS ? ms : FLEXIBLE_SLACK_MS);

/** A command's delay: plain ms (flexible), or `exact` where the step aims at a README §5 boundary. */
export type StepDelay = bigint | { readonly exact: bigint };

export const resolveStepDelay = (d: StepDelay): bigint | FlexibleDelay => (typeof d === "bigint" ? plain(d) : d.exact);

export const showStepDelay = (d: StepDelay): string => (typeof d === "bigint" ? `+${d}ms` : `+${d.exact}ms exactly`);

/**
 * A CallStep whose delay may be a FlexibleDelay (CallStep's own is exact): `at` gives the plain
 * delay, or the exact one of a boundary. The call is built from the state before the step, which
 * no time passing changes (Lottery's calls carry no time; BET's and the draw timeout's checks
 * are the contract's, computed by the model for the block's time).
 */
export class FlexibleStep extends CallStep<LotterySequence> {
  constructor(
    label: string,
    sender: string | ((m: LotterySequence) => string),
    readonly at: (m: LotterySequence) => bigint | FlexibleDelay,
    build: (m: LotterySequence, r: DifferentialRun) => ContractCall,
    after?: (m: LotterySequence, model: Outcome) => void,
    when?: (m: LotterySequence) => boolean,
  ) {
    super(label, sender, (m) => {
      const d = at(m);
      return typeof d === "bigint" ? d : d.ms;
    }, build, after, when);
  }

  override async run(m: LotterySequence, r: DifferentialRun): Promise<void> {
    const sender = typeof this.sender === "string" ? this.sender : this.sender(m);
    const { model } = await r.transaction(this.build(m, r), sender, this.at(m), this.label);
    m.time = r.time;
    this.after?.(m, model);
  }
}
