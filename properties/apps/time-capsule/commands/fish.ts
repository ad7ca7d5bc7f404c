import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { pick } from "../../../../simulator/apps/time-capsule/frontend.js";
import { capsuleCount, capsuleIdAt, fishStatuses, type CapsuleSequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/**
 * Fishing as a user does it: the deprecated `fish(fisher, receiptId)` [D], or the hybrid
 * `fishWithId(fisher, pick(S, now), receiptId)` [H] with the id the frontend's search finds over
 * the statuses it read, for the block time the harness chose (0 when nothing is fishable, which
 * the contract answers "capsule not found"), or with `target`, the target-th capsule whatever its
 * state (TC-P1: private, revealed, locked). `fisher` may differ from the signer.
 */
export class FishCall implements DifferentialCommand<CapsuleSequence> {
  constructor(readonly path: "hybrid" | "deprecated", readonly signer: string, readonly fisher: string, readonly receipt: ReceiptChoice, readonly delay: Delay,
    readonly target?: number) {}

  check(): boolean {
    return true;
  }

  async run(m: CapsuleSequence, r: DifferentialRun): Promise<void> {
    const delay = resolveDelay(m, this.delay);
    const fisher = arg.hash160(chainActor(r, this.fisher).scriptHash);
    const receipt = arg.int(pickReceipt(m, this.fisher, this.receipt));
    // pick(S, N, now) for the block's time, built once that time is fixed (a plain delay may then
    // take a shared block's time).
    const [statuses, n] = [fishStatuses(m), capsuleCount(m)];
    const call = (now: bigint) => this.path === "deprecated"
      ? { contract: m.app, method: "fish", args: [fisher, receipt] }
      : { contract: m.app, method: "fishWithId", args: [fisher, arg.int(this.target !== undefined ? capsuleIdAt(m, this.target) : pick(statuses, n, now) ?? 0n), receipt] };
    await r.transaction(call, this.signer, delay);
    m.time = r.time;
  }

  toString(): string {
    const target = this.target === undefined ? "" : `#${this.target}, `;
    return `${this.path === "hybrid" ? "fishWithId" : "fish"}(${this.signer}→${this.fisher}, ${target}${this.receipt}, ${showDelay(this.delay)})`;
  }
}
