import type { DifferentialCommand } from "../../harness/run-property.js";
import type { CallAt, DifferentialRun, FlexibleDelay } from "../../harness/differential-run.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import type { ProbeSequence } from "./probe-sequence.js";

/**
 * One transaction of a sequence through the probe app (base classes; the platform contracts use
 * them too), described as data: who signs (a logical name, `/none` for no witness), how long after
 * the last block, and the call, built at run time from the sequence (receipt ids, request ids and
 * accounts are only known then). `after` lets a command remember what the model returned.
 *
 * The delay is exact (a `bigint`: a time aimed at a boundary) or a FlexibleDelay (a plain "some
 * time passes": when lane-equivalence sequences share blocks it takes a shared block's time in
 * its window; alone it comes exactly `ms` later). A call whose arguments depend on the block's
 * time is built as a function of that time (CallAt), so it is right for whatever time it gets.
 */
export class ProbeCall<M extends { time: bigint } = ProbeSequence> implements DifferentialCommand<M> {
  constructor(
    readonly label: string,
    readonly sender: string,
    readonly delay: bigint | FlexibleDelay,
    readonly build: (m: M, r: DifferentialRun) => CallAt,
    readonly after?: (m: M, model: Outcome) => void,
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    const { model } = await r.transaction(this.build(m, r), this.sender, this.delay);
    m.time = r.time;
    this.after?.(m, model);
  }

  toString(): string {
    return typeof this.delay === "bigint" ? `${this.sender}: ${this.label} +${this.delay}ms` : `${this.sender}: ${this.label} +${this.delay.ms}ms~`;
  }
}

/** Safe getters by test invocation on both sides (G6). */
export class ProbeRead<M extends object = ProbeSequence> implements DifferentialCommand<M> {
  constructor(readonly label: string, readonly build: (m: M, r: DifferentialRun) => ContractCall[]) {}

  check(): boolean {
    return true;
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    for (const call of this.build(m, r)) await r.read(call);
  }

  toString(): string {
    return `read ${this.label}`;
  }
}

/** Several transactions as one command (a flow whose timing matters, such as two bets a cooldown apart). */
export class ProbeSteps<M extends { time: bigint } = ProbeSequence> implements DifferentialCommand<M> {
  constructor(readonly label: string, readonly steps: readonly ProbeCall<M>[]) {}

  check(): boolean {
    return true;
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    for (const s of this.steps) await s.run(m, r);
  }

  toString(): string {
    return this.label;
  }
}
