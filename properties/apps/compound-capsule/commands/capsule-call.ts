import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { capsuleAt, otherThan, type CompoundSequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/** Who signs a call on a capsule: its owner, another user, or the owner without a witness (WitnessScope.None). */
export type CapsuleSigner = "owner" | "other" | "owner/none";

export const signerName = (owner: string, s: CapsuleSigner): string => (s === "owner" ? owner : s === "other" ? otherThan(owner) : `${owner}/none`);

/**
 * A legacy call on the index-th capsule (or, with `absent`, on an id never created):
 * `unlockCapsule(id)`, `earlyWithdraw(id)` or `extendLock(id, days)`, in a block `delay` after
 * T_last (unlock boundaries UnlockTime − 1 / UnlockTime included, CC-P1).
 */
export class CapsuleCall implements DifferentialCommand<CompoundSequence> {
  constructor(readonly method: "unlockCapsule" | "earlyWithdraw" | "extendLock", readonly signer: CapsuleSigner, readonly capsule: number, readonly delay: Delay,
    readonly days?: bigint, readonly absent = false) {}

  check(m: Readonly<CompoundSequence>): boolean {
    return this.absent || m.capsules.length > 0;
  }

  async run(m: CompoundSequence, r: DifferentialRun): Promise<void> {
    const known = capsuleAt(m, this.capsule);
    const id = this.absent || !known ? BigInt(m.capsules.length) + 1n : known.id;
    const args = this.days === undefined ? [arg.int(id)] : [arg.int(id), arg.int(this.days)];
    await r.transaction({ contract: m.app, method: this.method, args }, signerName(known?.owner ?? "u1", this.signer), resolveDelay(m, this.delay));
    m.time = r.time;
  }

  toString(): string {
    return `${this.method}(${this.signer}: ${this.absent ? "#N+1" : `#${this.capsule}`}${this.days === undefined ? "" : `, ${this.days}d`}, ${showDelay(this.delay)})`;
  }
}
