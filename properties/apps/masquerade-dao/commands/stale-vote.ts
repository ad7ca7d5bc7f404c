import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { PerturbationError } from "../../../patterns/frontend-perturbation/perturbation-error.js";
import { APP_ID, VOTE_FEE } from "../../../../simulator/apps/masquerade-dao/constants.js";
import { votablePair } from "../vote-perturbation.js";
import { frontendPower, maskAt, masksWhere, nameOf, proposalAt, type DaoSequence } from "../sequence-model.js";

/**
 * What happens between the frontend's read of E′ and the vote (MD-P2's stale rows): another mask
 * delegates to the voter's mask, a delegator undelegates, re-delegates elsewhere or is deactivated
 * ("power mismatch"), or the voter's mask itself delegates ("mask delegated").
 */
export type StaleKind = "delegate-to" | "undelegate" | "redelegate" | "deactivate-delegator" | "self-delegates";

const EXPECTED: Record<StaleKind, string> = {
  "delegate-to": "power mismatch", undelegate: "power mismatch", redelegate: "power mismatch", "deactivate-delegator": "power mismatch", "self-delegates": "mask delegated",
};

/**
 * MD-P2's stale rows and README §6's retry: the voter pays and the frontend reads E′; the change of
 * `kind` lands; the vote with E′ must fault with the row's message and leave the receipt unused;
 * then the voter presents the same receipt again with the power read afresh (after undelegating
 * first when its own mask delegated, MD-P9), which the model decides.
 */
export class StaleVote implements DifferentialCommand<DaoSequence> {
  constructor(readonly kind: StaleKind, readonly index: number, readonly legacy: boolean) {}

  /** The change's other mask: a delegator of `v` (or, for delegate-to / self-delegates, an active mask that is neither `v` nor delegated to it). */
  private other(m: DaoSequence, v: bigint): bigint | undefined {
    const active = masksWhere(m, "active").filter((x) => x.id !== v);
    const pool = this.kind === "delegate-to" || this.kind === "self-delegates" ? active.filter((x) => x.mask.delegatedTo !== v) : active.filter((x) => x.mask.delegatedTo === v);
    return pool.length === 0 ? undefined : pool[this.index % pool.length]!.id;
  }

  check(m: Readonly<DaoSequence>): boolean {
    const pair = votablePair(m as DaoSequence, this.index);
    return pair !== undefined && this.other(m as DaoSequence, pair.maskId) !== undefined;
  }

  async run(m: DaoSequence, r: DifferentialRun): Promise<void> {
    const pair = votablePair(m, this.index);
    if (pair === undefined) return;
    const voter = nameOf(r, pair.mask.owner);
    const d = this.other(m, pair.maskId);
    if (d === undefined) return;
    // The payment, the change and the stale vote may take shared blocks' times, each within a minute
    // and all before the proposal's EndTime (the stale vote must meet the power check, which comes
    // after VOTECHK's `now < EndTime`); the retry is whatever the model decides at its time.
    const end = proposalAt(m, pair.proposalId)!.endTime;
    const open = (ms: bigint, stepsAfter: bigint) => flexible(ms, undefined, end - 1n - stepsAfter);
    const receipt = (await payReceipt(m, r, voter, VOTE_FEE, open(1_000n, 2n), APP_ID)) ?? 0n;
    const stalePower = frontendPower(m, pair.maskId);
    const dOwner = nameOf(r, maskAt(m, d)!.owner);
    const delegate = (from: bigint, owner: string, to: bigint) => this.legacy
      ? { contract: m.app, method: "delegateVote", args: [arg.int(from), arg.int(to)] }
      : { contract: m.app, method: "delegateWithCacheUpdate", args: [arg.hash160(chainActor(r, owner).scriptHash), arg.int(from), arg.int(to)] };
    switch (this.kind) {
      case "delegate-to": await r.transaction(delegate(d, dOwner, pair.maskId), dOwner, open(1n, 1n), `mask ${d} delegates to ${pair.maskId}`); break;
      case "undelegate": await r.transaction(delegate(d, dOwner, 0n), dOwner, open(1n, 1n), `delegator ${d} undelegates`); break;
      case "redelegate": {
        const elsewhere = masksWhere(m, "active").find((x) => x.id !== d && x.id !== pair.maskId)?.id ?? 0n;
        await r.transaction(delegate(d, dOwner, elsewhere), dOwner, open(1n, 1n), `delegator ${d} re-delegates to ${elsewhere}`);
        break;
      }
      case "deactivate-delegator": await r.transaction({ contract: m.app, method: "deactivateMask", args: [arg.int(d)] }, dOwner, open(1n, 1n), `delegator ${d} deactivated`); break;
      case "self-delegates": await r.transaction(delegate(pair.maskId, voter, d), voter, open(1n, 1n), `the voter's mask ${pair.maskId} delegates to ${d}`); break;
    }
    m.time = r.time;
    const vote = (power: bigint) => ({ contract: m.app, method: "voteWithCalculation",
      args: [arg.hash160(chainActor(r, voter).scriptHash), arg.int(pair.maskId), arg.int(pair.proposalId), arg.int(1n), arg.int(power), arg.int(receipt)] });
    const expected = EXPECTED[this.kind];
    const { model } = await r.transaction(vote(stalePower), voter, open(1n, 0n), `voteWithCalculation(E′ = ${stalePower}, stale) → expect "${expected}"`);
    m.time = r.time;
    if (model.state !== "FAULT" || model.message !== expected) {
      throw new PerturbationError(`stale state (${this.kind})`, `FAULT "${expected}"`, model.state === "FAULT" ? `FAULT "${model.message ?? model.exception}"` : "HALT");
    }
    if (this.kind === "self-delegates") {
      await r.transaction(delegate(pair.maskId, voter, 0n), voter, flexible(1n), `the voter's mask ${pair.maskId} undelegates`);
      m.time = r.time;
    }
    await r.transaction(vote(frontendPower(m, pair.maskId)), voter, flexible(1n), "voteWithCalculation(E′ read afresh) with the same receipt");
    m.time = r.time;
  }

  toString(): string {
    return `staleVote(${this.kind}, #${this.index}${this.legacy ? ", legacy delegateVote" : ""})`;
  }
}
