import type { DifferentialRun } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";

/**
 * A state-aware command (issue #15's refusal budget): when `act` cannot run from the state the
 * sequence has reached, `prepare` makes it possible first, as a user would (open a proposal before
 * voting on it); then `act` runs if it can.
 */
export class Prepared<M extends object> implements DifferentialCommand<M> {
  constructor(readonly prepare: DifferentialCommand<M>, readonly act: DifferentialCommand<M>) {}

  check(): boolean {
    return true;
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    if (!(await this.act.check(m))) await this.prepare.run(m, r);
    if (await this.act.check(m)) await this.act.run(m, r);
  }

  toString(): string {
    return `${this.act.toString()}, after ${this.prepare.toString()} when needed`;
  }
}
