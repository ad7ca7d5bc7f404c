import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun, type FlexibleDelay, plainDelay } from "../../../harness/differential-run.js";
import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { delayTo } from "../../../patterns/time-boundary/boundary-delay.js";
import { appRead } from "../../../patterns/pay-then-act/app-read.js";
import { APP_ID } from "../../../../simulator/apps/masquerade-dao/constants.js";
import { frontendPower, maskAt, maskCount, maskIdAt, nameOf, proposalAt, proposalCount, proposalIdAt, type DaoSequence, type MaskFilter } from "../sequence-model.js";

/** A signer or account argument: a named account, the primary mask's owner, or an account that is not its owner. */
export type Who = string | "owner" | "other";

/** A string of exactly `bytes` UTF-8 bytes with two-byte characters (lengths are bytes, MD bounds). */
export const textOfBytes = (bytes: number): string => "é".repeat(Math.floor(bytes / 2)) + (bytes % 2 === 1 ? "x" : "");

/** How an argument is built at run time, from the state the call meets. */
export type DaoArg =
  | { readonly kind: "mask"; readonly absent?: boolean }
  | { readonly kind: "target"; readonly ref: number; readonly filter: MaskFilter }
  | { readonly kind: "current-target" }
  | { readonly kind: "proposal"; readonly absent?: boolean }
  | { readonly kind: "int"; readonly value: bigint }
  | { readonly kind: "who"; readonly who: Who }
  | { readonly kind: "receipt"; readonly choice: ReceiptChoice }
  | { readonly kind: "power"; readonly plus: bigint }
  | { readonly kind: "text"; readonly bytes: number };

/**
 * When the block comes: a delay after T_last, or the primary proposal's EndTime + offset (README
 * §5 boundary pair EndTime − 1 / EndTime, MD-P5); a boundary already past falls back to 1 ms.
 */
export type DaoDelay = { readonly kind: "ms"; readonly ms: bigint } | { readonly kind: "end"; readonly offset: bigint };

/** The primary mask and proposal of a call, by generated index. */
export interface Refs {
  readonly mask: number;
  readonly filter: MaskFilter;
  readonly proposal: number;
  /** The proposal is counted among all of them, executed ones included (default: the open ones). */
  readonly anyProposal?: boolean;
  /** The mask and proposal are the index-th pair with a vote already recorded (a second vote), when there is one. */
  readonly revote?: boolean;
}

/** The index-th (mask, open proposal) pair that already has a vote record, read through getVote. */
function votedPair(m: DaoSequence, index: number): { maskId: bigint; proposalId: bigint } | undefined {
  const pairs: { maskId: bigint; proposalId: bigint }[] = [];
  for (let p = 1n; p <= proposalCount(m); p++) {
    if (proposalAt(m, p)!.executed) continue;
    for (let id = 1n; id <= maskCount(m); id++) {
      if (appRead(m, "getVote", [{ type: "Integer", value: p }, { type: "Integer", value: id }]).type !== "Any") pairs.push({ maskId: id, proposalId: p });
    }
  }
  return pairs.length === 0 ? undefined : pairs[index % pairs.length];
}

export interface Resolved {
  readonly maskId: bigint;
  readonly proposalId: bigint;
  readonly owner: string;
  readonly delay: bigint | FlexibleDelay;
}

/**
 * The last block time on the side of proposal `id`'s EndTime that `at` is on, when `at` is before it
 * (votes and executeProposal switch there, MD-P5); undefined when `at` is already past it (or there
 * is no such proposal): later stays past.
 */
function beforeEnd(m: DaoSequence, id: bigint, at: bigint): bigint | undefined {
  const p = proposalAt(m, id);
  return p !== null && at < p.endTime ? p.endTime - 1n : undefined;
}

export function resolve(m: DaoSequence, r: DifferentialRun, refs: Refs, delay: DaoDelay): Resolved {
  const again = refs.revote ? votedPair(m, refs.mask) : undefined;
  const maskId = again?.maskId ?? maskIdAt(m, refs.mask, refs.filter);
  const proposalId = again?.proposalId ?? proposalIdAt(m, refs.proposal, !refs.anyProposal);
  const mask = maskAt(m, maskId);
  const owner = mask === null ? "u1" : nameOf(r, mask.owner);
  // A plain delay only lets time pass (the arguments come from the state, never from the time):
  // when sequences share blocks it may come up to a minute later (a longer one up to twice as long),
  // but on the same side of the primary proposal's EndTime as the exact time, so that a vote drawn
  // in the voting period stays in it. The boundary pair EndTime − 1 / EndTime stays exact (README §5).
  if (delay.kind === "ms") return { maskId, proposalId, owner, delay: plainDelay(delay.ms, beforeEnd(m, proposalId, m.time + delay.ms)) };
  const p = proposalAt(m, proposalId);
  return { maskId, proposalId, owner, delay: p === null ? 1n : delayTo(m.time, p.endTime + delay.offset).delay };
}

/**
 * How late the payment before a call may come: never so late that the call's EndTime boundary is
 * already past, or that its plain delay after the payment crosses an EndTime the exact run would not.
 */
function payLatest(m: DaoSequence, x: Resolved, delay: DaoDelay, payMs: bigint): bigint | undefined {
  if (delay.kind === "ms") {
    const latest = beforeEnd(m, x.proposalId, m.time + payMs + delay.ms);
    return latest === undefined ? undefined : latest - delay.ms;
  }
  const p = proposalAt(m, x.proposalId);
  return p === null ? undefined : p.endTime + delay.offset - 1n;
}

export const otherThan = (owner: string): string => (owner === "u5" ? "u6" : "u5");

export function buildArg(m: DaoSequence, r: DifferentialRun, x: Resolved, a: DaoArg): AbiArg {
  const name = (w: Who) => (w === "owner" ? x.owner : w === "other" ? otherThan(x.owner) : w);
  switch (a.kind) {
    case "mask": return arg.int(a.absent ? maskCount(m) + 1n : x.maskId);
    case "target": return arg.int(maskIdAt(m, a.ref, a.filter));
    case "current-target": return arg.int(maskAt(m, x.maskId)?.delegatedTo ?? 0n);
    case "proposal": return arg.int(a.absent ? proposalCount(m) + 1n : x.proposalId);
    case "int": return arg.int(a.value);
    case "who": return arg.hash160(chainActor(r, name(a.who)).scriptHash);
    case "receipt": return arg.int(pickReceipt(m, x.owner, a.choice));
    case "power": return arg.int(frontendPower(m, x.maskId) + a.plus);
    case "text": return arg.str(textOfBytes(a.bytes));
  }
}

const showArg = (a: DaoArg): string => {
  switch (a.kind) {
    case "mask": return a.absent ? "mask#N+1" : "mask";
    case "target": return `${a.filter}#${a.ref}`;
    case "current-target": return "current";
    case "proposal": return a.absent ? "p#N+1" : "p";
    case "int": return `${a.value}`;
    case "who": return a.who;
    case "receipt": return `receipt(${a.choice})`;
    case "power": return `E${a.plus === 0n ? "" : a.plus > 0n ? `+${a.plus}` : a.plus}`;
    case "text": return `${a.bytes} B`;
  }
};

export const showDelay = (d: DaoDelay): string => (d.kind === "ms" ? `+${d.ms}ms` : `@EndTime${d.offset === 0n ? "" : d.offset}`);

/**
 * One call of a MasqueradeDAO method on an existing mask and proposal (createProposal, the two
 * votes, the two delegations, deactivateMask, executeProposal): the primary mask is the index-th
 * one among those of `refs.filter`, accounts and receipts are resolved against its owner, the
 * voting power by the frontend's calculation, times against the proposal's EndTime. With
 * `payFirst`, the mask's owner first pays that amount for this app (README §6, the payer is
 * known only at run time).
 */
export class DaoCall implements DifferentialCommand<DaoSequence> {
  constructor(readonly method: string, readonly signer: Who, readonly refs: Refs, readonly args: readonly DaoArg[], readonly delay: DaoDelay, readonly payFirst?: bigint) {}

  /** Calls run once a mask exists, and votes and executions once a proposal exists; absent ids are generated explicitly (`absent`). */
  check(m: Readonly<DaoSequence>): boolean {
    const needsProposal = this.args.some((a) => a.kind === "proposal");
    return maskCount(m as DaoSequence) > 0n && (!needsProposal || proposalCount(m as DaoSequence) > 0n);
  }

  async run(m: DaoSequence, r: DifferentialRun): Promise<void> {
    const first = resolve(m, r, this.refs, this.delay);
    if (this.payFirst !== undefined) await payReceipt(m, r, first.owner, this.payFirst, flexible(1_000n, undefined, payLatest(m, first, this.delay, 1_000n)), APP_ID);
    const x = this.payFirst === undefined ? first : resolve(m, r, this.refs, this.delay);
    const signer = this.signer === "owner" ? x.owner : this.signer === "other" ? otherThan(x.owner) : this.signer;
    await r.transaction({ contract: m.app, method: this.method, args: this.args.map((a) => buildArg(m, r, x, a)) }, signer, x.delay);
    m.time = r.time;
  }

  toString(): string {
    const paid = this.payFirst === undefined ? "" : `pay(owner, ${this.payFirst}) then `;
    return `${paid}${this.method}(${this.signer}: ${this.args.map(showArg).join(", ")}; ${this.refs.filter}#${this.refs.mask}, ${this.refs.anyProposal ? "any " : ""}${this.refs.revote ? "voted " : ""}p#${this.refs.proposal}, ${showDelay(this.delay)})`;
  }
}
