import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { followUp, type DifferentialRun, type PatternLatest } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import type { PerturbationCase } from "./perturbation-case.js";
import { PerturbationError } from "./perturbation-error.js";

/**
 * The frontend-calculation pattern, written once for every app (README §10 G9, each app's
 * perturbation table): from the current state, `prepare` makes the transactions a submission
 * needs (payments, receipts), then every perturbed submission must FAULT with its row's message
 * on both sides, and finally the honest submission, computed by the app's frontend function over
 * the model state, must HALT. Both sides are compared at every step as in any differential run,
 * so this adds the spec's table as a third party: a model and contract wrong in the same way fail.
 */
export interface FrontendPattern<M> {
  readonly name: string;
  /** Whether the honest submission would succeed from this state (a dry run on a model copy). */
  applicable(m: M): boolean;
  prepare(m: M, r: DifferentialRun): Promise<void>;
  /**
   * The honest submission, or null when `prepare` left nothing a frontend would submit: its own
   * transactions faulted, as the model and the chain agreed (a Lottery round whose purchases met
   * the bet limits and so never reached its draw). The command then ends after `prepare`; its
   * steps were compared as any others.
   */
  honest(m: M, r: DifferentialRun): { readonly call: ContractCall; readonly sender: string } | null;
  /**
   * The honest submission on a copy of the model at a row's time: HALT, or FAULT
   * with a check that comes after the frontend's value (BET, …), which the rows marked
   * `afterStatefulChecks` then expect.
   */
  dryRun(m: M, r: DifferentialRun, honest: { readonly call: ContractCall; readonly sender: string }, time: bigint): Outcome;
  /** Messages the honest submission must never get: the frontend's own check ("cost mismatch"). */
  readonly honestNever: readonly string[];
  perturbations(m: M, r: DifferentialRun, honest: ContractCall): PerturbationCase[];
  /** Keep the sequence's knowledge current after a transaction (T_last, receipts …). */
  afterStep(m: M, r: DifferentialRun, outcome: Outcome): void;
  /**
   * After `prepare`: until when the table's messages hold (PatternLatest; e.g. the last time the
   * round still takes purchases). Declared, the rows and the honest submission share blocks with
   * other sequences: each row's expected message (`afterStatefulChecks`: the dry run's) is
   * computed for the time its block runs at. Undeclared, each comes exactly 1 ms after the last.
   */
  latest?(m: M): PatternLatest;
}

export class FrontendPerturbation<M extends object> implements DifferentialCommand<M> {
  constructor(readonly pattern: FrontendPattern<M>) {}

  check(m: Readonly<M>): boolean {
    return this.pattern.applicable(m as M);
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    await this.pattern.prepare(m, r);
    const honest = this.pattern.honest(m, r);
    if (honest === null) return;
    const rows = this.pattern.perturbations(m, r, honest.call);
    const latest = this.pattern.latest?.(m);
    // The message a row expects at the time its block runs at: a row past the stateful checks
    // expects what the honest submission meets then (a dry run on a model copy at that time).
    const expectedAt = (row: PerturbationCase, time: bigint): string => {
      if (!row.afterStatefulChecks) return row.expected;
      const dry = this.pattern.dryRun(m, r, honest, time);
      return dry.state === "FAULT" && dry.message !== undefined && !row.precedes?.includes(dry.message) ? dry.message : row.expected;
    };
    for (const [i, row] of rows.entries()) {
      let expected = row.expected;
      const { model } = await r.transaction((time) => { expected = expectedAt(row, time); return row.call; }, row.sender, followUp(latest, 1n, rows.length - i),
        () => `${row.label} → expect "${expected}"`);
      this.pattern.afterStep(m, r, model);
      if (model.state !== "FAULT" || model.message !== expected) {
        throw new PerturbationError(row.label, `FAULT "${expected}"`, model.state === "FAULT" ? `FAULT "${model.message ?? model.exception}"` : "HALT");
      }
    }
    const { model } = await r.transaction(honest.call, honest.sender, followUp(latest, 1n), `${this.pattern.name} honest`);
    this.pattern.afterStep(m, r, model);
    if (model.state === "FAULT" && this.pattern.honestNever.includes(model.message ?? "")) {
      throw new PerturbationError(`honest ${this.pattern.name}`, "HALT, or a later check's message", `FAULT "${model.message}"`);
    }
  }

  toString(): string {
    return `frontendPerturbation(${this.pattern.name})`;
  }
}
