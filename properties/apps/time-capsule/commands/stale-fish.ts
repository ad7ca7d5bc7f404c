import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { APP_ID, FISH_FEE } from "../../../../simulator/apps/time-capsule/constants.js";
import { fishableIds } from "../../../../simulator/apps/time-capsule/frontend.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { PerturbationError } from "../../../patterns/frontend-perturbation/perturbation-error.js";
import { fishStatuses, type CapsuleSequence } from "../sequence-model.js";

/**
 * TC-P1's stale row and README §6's retry: the fisher pays and reads the statuses; a rival then
 * fishes (or reveals) the capsule the fisher chose; the fisher's `fishWithId` with that id must
 * fault "already revealed" and leave the receipt unused; the fisher presents the same receipt again
 * with another fishable id, if one is left.
 */
export class StaleFish implements DifferentialCommand<CapsuleSequence> {
  constructor(readonly fisher: string, readonly rival: string, readonly rivalReveals: boolean) {}

  check(m: Readonly<CapsuleSequence>): boolean {
    return fishableIds(fishStatuses(m as CapsuleSequence), m.time + 1n).length > 0;
  }

  async run(m: CapsuleSequence, r: DifferentialRun): Promise<void> {
    // Every step may share a block: fishability only grows with time (public, unrevealed and
    // now ≥ UnlockTime), so the chosen id stays fishable until the rival takes it, and then stays
    // revealed ("already revealed" at any later time); the retry's id stays fishable too.
    const receipt = (await payReceipt(m, r, this.fisher, FISH_FEE, flexible(1_000n), APP_ID)) ?? 0n;
    const [chosen, ...others] = fishableIds(fishStatuses(m), r.time + 1n);
    if (chosen === undefined) return;
    const who = (name: string) => arg.hash160(chainActor(r, name).scriptHash);
    const fishWithId = (id: bigint, receiptId: bigint) => ({ contract: m.app, method: "fishWithId", args: [who(this.fisher), arg.int(id), arg.int(receiptId)] });
    if (this.rivalReveals) {
      await r.transaction({ contract: m.app, method: "reveal", args: [who(this.rival), arg.int(chosen)] }, this.rival, flexible(1n), `reveal(${this.rival}, ${chosen}) by a rival`);
    } else {
      const rivalReceipt = (await payReceipt(m, r, this.rival, FISH_FEE, flexible(1n), APP_ID)) ?? 0n;
      await r.transaction({ contract: m.app, method: "fishWithId", args: [who(this.rival), arg.int(chosen), arg.int(rivalReceipt)] }, this.rival, flexible(1n), `fishWithId(${this.rival}, ${chosen}) by a rival`);
    }
    const { model } = await r.transaction(fishWithId(chosen, receipt), this.fisher, flexible(1n), `fishWithId(${this.fisher}, ${chosen}) stale → expect "already revealed"`);
    m.time = r.time;
    if (model.state !== "FAULT" || model.message !== "already revealed") {
      throw new PerturbationError("stale state", `FAULT "already revealed"`, model.state === "FAULT" ? `FAULT "${model.message ?? model.exception}"` : "HALT");
    }
    if (others.length > 0) await r.transaction(fishWithId(others[0]!, receipt), this.fisher, flexible(1n), `fishWithId(${this.fisher}, ${others[0]}) with the same receipt`);
    m.time = r.time;
  }

  toString(): string {
    return `staleFish(${this.fisher}, rival ${this.rival} ${this.rivalReveals ? "reveals" : "fishes"})`;
  }
}
