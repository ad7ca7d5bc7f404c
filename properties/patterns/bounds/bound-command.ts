import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { followUp, type DifferentialRun, type PatternLatest } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";

/**
 * One bound of an app file (README §10): the first value past it must be rejected with the
 * bound's message, and the last value inside it must not be (it may still fail a later check,
 * which the model decides). Calls are built at run time, from the state the bound is tested in.
 */
export interface Bound<M> {
  readonly name: string;
  /** The bound's message, e.g. "min 1 key", "bet exceeds maximum". */
  readonly message: string;
  /** Whether the checks before the bound pass in this state (G9: a row assumes they do). */
  applicable(m: M): boolean;
  prepare(m: M, r: DifferentialRun): Promise<void>;
  past(m: M, r: DifferentialRun): { readonly call: ContractCall; readonly sender: string };
  inside(m: M, r: DifferentialRun): { readonly call: ContractCall; readonly sender: string };
  afterStep(m: M, r: DifferentialRun): void;
  /**
   * After `prepare`: until when the bound's checks hold (PatternLatest). Declared, both values are
   * built for the time their block runs at and share blocks with other sequences; undeclared,
   * each comes exactly 1 ms after the last.
   */
  latest?(m: M): PatternLatest;
}

export class BoundError extends Error {
  constructor(readonly bound: string, readonly detail: string) {
    super(`bound ${bound}: ${detail}`);
    this.name = "BoundError";
  }
}

/** The bounds pattern, written once for every app: past first (a FAULT changes nothing), then inside. */
export class BoundCheck<M extends object> implements DifferentialCommand<M> {
  constructor(readonly bound: Bound<M>) {}

  check(m: Readonly<M>): boolean {
    return this.bound.applicable(m as M);
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    await this.bound.prepare(m, r);
    const latest = this.bound.latest?.(m);
    const past = this.bound.past(m, r);
    const rejected = await r.transaction(past.call, past.sender, followUp(latest, 1n, 1), `${this.bound.name}: first value past`);
    this.bound.afterStep(m, r);
    if (rejected.model.state !== "FAULT" || rejected.model.message !== this.bound.message) {
      throw new BoundError(this.bound.name, `the first value past was not rejected with "${this.bound.message}" (${rejected.model.state} ${rejected.model.state === "FAULT" ? rejected.model.message ?? rejected.model.exception : ""})`);
    }
    const inside = this.bound.inside(m, r);
    const accepted = await r.transaction(inside.call, inside.sender, followUp(latest, 1n), `${this.bound.name}: last value inside`);
    this.bound.afterStep(m, r);
    if (accepted.model.state === "FAULT" && accepted.model.message === this.bound.message) {
      throw new BoundError(this.bound.name, `the last value inside was rejected with "${this.bound.message}"`);
    }
  }

  toString(): string {
    return `bound(${this.bound.name})`;
  }
}
