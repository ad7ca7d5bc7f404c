import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { sender } from "../../../simulator/runtime/witness.js";
import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { followUp, type DifferentialRun, type PatternLatest } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import { outcomeDiff } from "../../harness/outcome-diff.js";
import { storageDiff } from "../../harness/storage-diff.js";
import type { DifferentialCommand } from "../../harness/run-property.js";

/** A hybrid ↔ deprecated pair of one app (README §10 G8), as calls built from the current state. */
export interface EquivalencePattern<M> {
  readonly name: string;
  /** Transactions both paths need first (a payment …). */
  prepare(m: M, r: DifferentialRun): Promise<void>;
  hybrid(m: M, r: DifferentialRun): { readonly call: ContractCall; readonly sender: string };
  deprecated(m: M, r: DifferentialRun): { readonly call: ContractCall; readonly sender: string };
  model(m: M): ModelChain;
  /** Contracts whose storage both paths must leave identical. */
  contracts(m: M): readonly string[];
  /** "success only" pairs compare messages only when the deprecated path HALTs. */
  readonly successOnly?: boolean;
  afterStep(m: M, r: DifferentialRun): void;
  /**
   * After `prepare`: until when the pair may be compared (PatternLatest; `null`: at any time).
   * Declared, both paths are compared on the model copies at the time the chain step's block runs
   * at, which then shares blocks with other sequences; undeclared, at exactly `delayMs` after the last.
   */
  latest?(m: M): PatternLatest;
}

export class EquivalenceError extends Error {
  constructor(readonly pair: string, readonly detail: string) {
    super(`${pair}: hybrid and deprecated paths differ: ${detail}`);
    this.name = "EquivalenceError";
  }
}

/**
 * The O(1) ≡ O(n) pattern, written once for every app (G8): from one model state and one time,
 * both paths run on two copies of the model and must give the same outcome (state, message, return
 * value, notifications) and leave the same storage; then one of them, by turns, runs on the chain
 * and the model side by side as every step does. Together the two establish the pair on chain.
 */
export class Equivalence<M extends object> implements DifferentialCommand<M> {
  constructor(readonly pattern: EquivalencePattern<M>, readonly onChain: "hybrid" | "deprecated", readonly delayMs: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    await this.pattern.prepare(m, r);
    const modelSide = r.model as ModelSystem;
    const onCopy = (p: { call: ContractCall; sender: string }, time: bigint): { out: Outcome; chain: ModelChain } => {
      const chain = this.pattern.model(m).copy();
      return { out: chain.invoke(modelCall(p.call), { signers: [sender(modelSide.accountOf(p.sender))], now: time }), chain };
    };
    // Both paths from the state before the chain step, at the time it runs at (the model has
    // not run it yet when its block's time is fixed).
    const compare = (time: bigint): void => {
      const h = onCopy(this.pattern.hybrid(m, r), time);
      const d = onCopy(this.pattern.deprecated(m, r), time);
      const compareMessages = !this.pattern.successOnly || d.out.state === "HALT";
      const outcome = compareMessages ? outcomeDiff(d.out, h.out) : d.out.state === h.out.state ? [] : outcomeDiff(d.out, h.out).slice(0, 1);
      const storage = this.pattern.contracts(m).flatMap((c) => storageDiff(c, d.chain.storage(c), h.chain.storage(c)));
      const first = [...outcome, ...storage][0];
      if (first) throw new EquivalenceError(this.pattern.name, `${first.field}: deprecated ${first.model ?? "—"} | hybrid ${first.chain ?? "—"}`);
    };
    const latest = this.pattern.latest?.(m);
    const p = this.onChain === "hybrid" ? this.pattern.hybrid(m, r) : this.pattern.deprecated(m, r);
    if (latest === undefined) compare(r.time + this.delayMs);
    await r.transaction(latest === undefined ? p.call : (time) => { compare(time); return p.call; }, p.sender, followUp(latest, this.delayMs));
    this.pattern.afterStep(m, r);
  }

  toString(): string {
    return `equivalence(${this.pattern.name}, ${this.onChain} on chain)`;
  }
}
