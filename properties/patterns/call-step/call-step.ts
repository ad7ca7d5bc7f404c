import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import type { DifferentialRun, FlexibleDelay } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";

/** What every sequence knows: T_last, the time of its last block. */
export interface TimedSequence {
  time: bigint;
}

/**
 * One transaction of a sequence, described as data: who signs (a name, or chosen from the
 * sequence: an envelope's creator), when (a delay after T_last,
 * computed from the sequence when it depends on state, such as an expiry boundary: exact, or a
 * FlexibleDelay for a plain one that may take a shared block's time), and the call,
 * built at run time (ids are only known then). `after` lets the sequence remember what the model
 * returned (receipts, request ids).
 */
export class CallStep<M extends TimedSequence> implements DifferentialCommand<M> {
  constructor(
    readonly label: string,
    readonly sender: string | ((m: M) => string),
    readonly delay: (m: M) => bigint | FlexibleDelay,
    readonly build: (m: M, r: DifferentialRun) => ContractCall,
    readonly after?: (m: M, model: Outcome) => void,
    readonly when: (m: M) => boolean = () => true,
  ) {}

  check(m: Readonly<M>): boolean {
    return this.when(m as M);
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    const sender = typeof this.sender === "string" ? this.sender : this.sender(m);
    const { model } = await r.transaction(this.build(m, r), sender, this.delay(m), this.label);
    m.time = r.time;
    this.after?.(m, model);
  }

  toString(): string {
    return typeof this.sender === "string" ? `${this.sender}: ${this.label}` : this.label;
  }
}

/** Safe getters by test invocation on both sides (G6); `expect` may add the spec's own answer as a third party. */
export class ReadStep<M extends TimedSequence> implements DifferentialCommand<M> {
  constructor(readonly label: string, readonly build: (m: M, r: DifferentialRun) => ContractCall[], readonly expect?: (m: M, outcomes: readonly Outcome[]) => void) {}

  check(): boolean {
    return true;
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    const outcomes: Outcome[] = [];
    for (const call of this.build(m, r)) outcomes.push((await r.read(call)).model);
    this.expect?.(m, outcomes);
  }

  toString(): string {
    return `read ${this.label}`;
  }
}

/** Several steps as one command (a flow: pay, then act, then settle). */
export class Steps<M extends TimedSequence> implements DifferentialCommand<M> {
  constructor(readonly label: string, readonly steps: readonly DifferentialCommand<M>[]) {}

  check(): boolean {
    return true;
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    for (const s of this.steps) if (s.check(m)) await s.run(m, r);
  }

  toString(): string {
    return this.label;
  }
}
