import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { APP_ID } from "../../../../simulator/apps/time-capsule/constants.js";
import { capsuleCount, capsuleData, capsuleIdAt, nameOf, type CapsuleSequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/** An account argument: a named test account, the capsule's current owner, or Zero. */
export type Who = string | "owner" | "zero";

/** How an argument is built at run time, from the state the call meets. */
export type CapsuleArg =
  | { readonly kind: "id"; readonly absent?: boolean }
  | { readonly kind: "who"; readonly who: Who }
  | { readonly kind: "receipt"; readonly payer: Who; readonly choice: ReceiptChoice }
  | { readonly kind: "time"; readonly from: "unlock" | "create" | "now"; readonly plus: bigint };

/**
 * One call of a TimeCapsule method on an existing capsule (reveal, fishWithId, giftCapsule,
 * addRecipient, extendUnlockTime): the capsule is the index-th one, accounts and receipts are
 * resolved against its owner and the sequence's receipts, times against its record and the block.
 * With `among`, the index counts only the private (or public) capsules, when there is one.
 * With `payFirst`, the signer first pays that amount for this app (the paid flow of README §6,
 * for the owner's giftCapsule and extendUnlockTime, whose payer is known only at run time).
 */
export class CapsuleCall implements DifferentialCommand<CapsuleSequence> {
  constructor(readonly method: string, readonly signer: Who, readonly capsule: number, readonly args: readonly CapsuleArg[], readonly delay: Delay, readonly payFirst?: bigint,
    readonly among?: "private" | "public") {}

  /** Capsule methods run once a capsule exists; an absent id is generated explicitly (`absent`). */
  check(m: Readonly<CapsuleSequence>): boolean {
    return capsuleCount(m as CapsuleSequence) > 0n;
  }

  async run(m: CapsuleSequence, r: DifferentialRun): Promise<void> {
    const id = capsuleIdAt(m, this.capsule, this.among);
    const c = capsuleData(m, id);
    const owner = (c && nameOf(r, c.owner)) ?? "u1";
    const name = (w: Who) => (w === "owner" ? owner : w);
    // The payment only makes the receipt: before a plain delay it may share a block; before an
    // unlock boundary it stays exact, so that it never passes the boundary.
    if (this.payFirst !== undefined) await payReceipt(m, r, name(this.signer), this.payFirst, this.delay.kind === "ms" ? flexible(1_000n) : 1_000n, APP_ID);
    const delay = resolveDelay(m, this.delay);
    // Arguments built for the block's time (`now`), so that a plain delay may take a shared block's.
    const build = (now: bigint) => (a: CapsuleArg): AbiArg => {
      switch (a.kind) {
        case "id": return arg.int(a.absent ? capsuleCount(m) + 1n : id);
        case "who": return a.who === "zero" ? arg.hash160("00".repeat(20)) : arg.hash160(chainActor(r, name(a.who)).scriptHash);
        case "receipt": return arg.int(pickReceipt(m, name(a.payer), a.choice));
        case "time": return arg.int((a.from === "now" ? now : a.from === "unlock" ? c?.unlockTime ?? now : c?.createTime ?? now) + a.plus);
      }
    };
    await r.transaction((now) => ({ contract: m.app, method: this.method, args: this.args.map(build(now)) }), name(this.signer), delay);
    m.time = r.time;
  }

  toString(): string {
    const show = (a: CapsuleArg) => a.kind === "id" ? (a.absent ? "#N+1" : `#${this.capsule}`) : a.kind === "who" ? a.who : a.kind === "receipt" ? `receipt(${a.payer}, ${a.choice})` : `${a.from}${a.plus >= 0n ? "+" : ""}${a.plus}`;
    const paid = this.payFirst === undefined ? "" : `pay(${this.signer}, ${this.payFirst}) then `;
    return `${paid}${this.method}(${this.signer}: ${this.args.map(show).join(", ")}, ${showDelay(this.delay)})`;
  }
}
