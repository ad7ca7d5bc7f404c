import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../../neo-express/driver/contract-call.js";
import type { Outcome } from "../../../../simulator/runtime/outcome.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { senderWith, type CompoundSequence, type NeoScope } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/** createCapsule(owner, neoAmount, lockDays); owner "zero" is UInt160.Zero. */
export function createCall(m: CompoundSequence, r: DifferentialRun, owner: string, amount: bigint, days: bigint): ContractCall {
  const who = owner === "zero" ? arg.hash160("00".repeat(20)) : arg.hash160(chainActor(r, owner).scriptHash);
  return { contract: m.app, method: "createCapsule", args: [who, arg.int(amount), arg.int(days)] };
}

/** Remembers a capsule the model created (its id is the returned Integer). */
export function remember(m: CompoundSequence, owner: string, out: Outcome): void {
  const id = out.state === "HALT" ? out.stack[0] : undefined;
  if (id?.type === "Integer") m.capsules.push({ id: id.value, owner });
}

/**
 * `createCapsule(owner, neoAmount, lockDays)` signed by `signer` with a witness scope (README §6):
 * `entry+NEO` is the honest one; CalledByEntry alone fails NEO's own CheckWitness inside the
 * transfer ("transfer failed"), CustomContracts[NEO] alone and None fail the app's ("unauthorized").
 */
export class CreateCapsule implements DifferentialCommand<CompoundSequence> {
  constructor(readonly signer: string, readonly owner: string, readonly amount: bigint, readonly days: bigint, readonly scope: NeoScope, readonly delay: Delay) {}

  check(): boolean {
    return true;
  }

  async run(m: CompoundSequence, r: DifferentialRun): Promise<void> {
    const { model } = await r.transaction(createCall(m, r, this.owner, this.amount, this.days), senderWith(this.signer, this.scope), resolveDelay(m, this.delay));
    m.time = r.time;
    remember(m, this.owner, model);
  }

  toString(): string {
    const who = this.signer === this.owner ? this.owner : `${this.signer}→${this.owner}`;
    return `createCapsule(${who}/${this.scope}, ${this.amount} NEO, ${this.days}d, ${showDelay(this.delay)})`;
  }
}
