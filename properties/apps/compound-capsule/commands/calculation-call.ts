import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../../neo-express/driver/contract-call.js";
import { earlyCalc, unlockCalc } from "../../../../simulator/apps/compound-capsule/frontend.js";
import { calculationConstants, capsuleAt, capsuleState, type CompoundSequence } from "../sequence-model.js";
import { signerName, type CapsuleSigner } from "./capsule-call.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/** A single-field change of the frontend's submission (CC-P2: ± k), or none. */
export interface Tamper {
  /** 0: none; 1–3: yield, fee, payout (unlock) or penalty, payout (early). */
  readonly field: number;
  readonly k: bigint;
}

/** `unlockCapsuleWithCalculation(id, unlockCalc(s))` with `s` read at `at` (default tinv), one field changed by `t`. */
export function unlockCall(m: CompoundSequence, id: bigint, t: Tamper = { field: 0, k: 0n }, at?: bigint): ContractCall {
  const f = unlockCalc(capsuleState(m, id, at), calculationConstants(m));
  const v = [f.yield, f.fee, f.payout].map((x, i) => (t.field === i + 1 ? x + t.k : x));
  return { contract: m.app, method: "unlockCapsuleWithCalculation", args: [arg.int(id), ...v.map(arg.int)] };
}

/** `earlyWithdrawWithCalculation(id, earlyCalc(s))`, one field changed by `t`. */
export function earlyCall(m: CompoundSequence, id: bigint, t: Tamper = { field: 0, k: 0n }, at?: bigint): ContractCall {
  const f = earlyCalc(capsuleState(m, id, at), calculationConstants(m));
  const v = [f.penalty, f.payout].map((x, i) => (t.field === i + 1 ? x + t.k : x));
  return { contract: m.app, method: "earlyWithdrawWithCalculation", args: [arg.int(id), ...v.map(arg.int)] };
}

/**
 * A hybrid call as a frontend makes it: the capsule's state read at tinv, unlockCalc / earlyCalc
 * over it, submitted in a block `delay` later (maybe across the unlock time: README §5's stale
 * submission, which then faults like any other check, compared with the model).
 */
export class CalculationCall implements DifferentialCommand<CompoundSequence> {
  constructor(readonly kind: "unlock" | "early", readonly signer: CapsuleSigner, readonly capsule: number, readonly tamper: Tamper, readonly delay: Delay) {}

  check(m: Readonly<CompoundSequence>): boolean {
    return m.capsules.length > 0;
  }

  async run(m: CompoundSequence, r: DifferentialRun): Promise<void> {
    const known = capsuleAt(m, this.capsule)!;
    const call = this.kind === "unlock" ? unlockCall(m, known.id, this.tamper) : earlyCall(m, known.id, this.tamper);
    await r.transaction(call, signerName(known.owner, this.signer), resolveDelay(m, this.delay));
    m.time = r.time;
  }

  toString(): string {
    const t = this.tamper.field === 0 ? "" : `, field ${this.tamper.field}${this.tamper.k >= 0n ? "+" : ""}${this.tamper.k}`;
    return `${this.kind === "unlock" ? "unlockCapsuleWithCalculation" : "earlyWithdrawWithCalculation"}(${this.signer}: #${this.capsule}${t}, ${showDelay(this.delay)})`;
  }
}
