import type { DifferentialCommand } from "../../harness/run-property.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import type { ProbeSequence } from "./probe-sequence.js";

/**
 * One transaction of a base-class sequence (the base probe's, or another probe's state `S`), described as data: who signs, how long after the
 * last block, and the call, built at run time from the sequence (receipt ids, request ids and
 * accounts are only known then). `after` lets a command remember what the model returned.
 */
export class ProbeCall<S extends { time: bigint } = ProbeSequence> implements DifferentialCommand<S> {
  constructor(
    readonly label: string,
    readonly sender: string,
    readonly delayMs: bigint,
    readonly build: (m: S, r: DifferentialRun) => ContractCall,
    readonly after?: (m: S, model: Outcome) => void,
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: S, r: DifferentialRun): Promise<void> {
    const { model } = await r.transaction(this.build(m, r), this.sender, this.delayMs);
    m.time = r.time;
    this.after?.(m, model);
  }

  toString(): string {
    return `${this.sender}: ${this.label} +${this.delayMs}ms`;
  }
}

/** Safe getters by test invocation on both sides (G6). */
export class ProbeRead<S extends object = ProbeSequence> implements DifferentialCommand<S> {
  constructor(readonly label: string, readonly build: (m: S, r: DifferentialRun) => ContractCall[]) {}

  check(): boolean {
    return true;
  }

  async run(m: S, r: DifferentialRun): Promise<void> {
    for (const call of this.build(m, r)) await r.read(call);
  }

  toString(): string {
    return `read ${this.label}`;
  }
}

/** Several transactions as one command (a flow whose timing matters, such as two bets a cooldown apart). */
export class ProbeSteps implements DifferentialCommand<ProbeSequence> {
  constructor(readonly label: string, readonly steps: readonly ProbeCall[]) {}

  check(): boolean {
    return true;
  }

  async run(m: ProbeSequence, r: DifferentialRun): Promise<void> {
    for (const s of this.steps) await s.run(m, r);
  }

  toString(): string {
    return this.label;
  }
}
