import fc from "fast-check";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { receiptChoice as receipt } from "../../patterns/pay-then-act/receipt-choice.js";
import { PayThenAct } from "../../patterns/pay-then-act/pay-then-act-command.js";
import { Pay as PayCommand } from "../../patterns/pay-then-act/pay-command.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { Equivalence } from "../../patterns/equivalence/equivalence-command.js";
import { BoundCheck } from "../../patterns/bounds/bound-command.js";
import { baseCalls } from "../../patterns/base-calls/base-calls.js";
import { APP_ID, MASK_FEE, maskFeeOf, PREMIUM_MASK_FEE, PROPOSAL_FEE, VOTE_FEE, VOTING_PERIOD } from "../../../simulator/apps/masquerade-dao/constants.js";
import type { DaoSequence, MaskFilter } from "./sequence-model.js";
import { CreateMask, type MaskShape } from "./commands/create-mask.js";
import { DaoCall, type DaoArg, type DaoDelay, type Refs, type Who } from "./commands/dao-call.js";
import { StaleVote } from "./commands/stale-vote.js";
import { Community } from "./commands/community.js";
import { QuorumBoundary } from "./commands/quorum-boundary.js";
import { ExecutionChecks } from "./commands/execution-checks.js";
import { VoteTwice } from "./commands/vote-twice.js";
import { Steps } from "../../patterns/call-step/call-step.js";
import { Prepared } from "../../patterns/call-step/prepared.js";
import { PausedWindow } from "../../patterns/pause/paused-window.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../harness/chain-actor.js";
import { ReadGetters, MASK_GETTERS, PLAIN_GETTERS, type GetterCall } from "./commands/read-getters.js";
import { votePattern } from "./vote-perturbation.js";
import { delegatePattern } from "./delegate-perturbation.js";
import { delegatePair, votePair } from "./equivalence.js";
import { daoBounds } from "./bounds.js";

/**
 * The generators of a MasqueradeDAO sequence (masquerade-dao.md, MD-P1…P9). Owners u1–u4 create
 * masks of type 1 and 2, u5 and u6 appear as foreign signers and payers. Masks delegate,
 * re-delegate (to the same target or another), undelegate and are deactivated, as delegators and
 * as targets; proposals are voted on by both paths and executed; time moves in small steps, onto
 * the EndTime boundary pair (EndTime − 1 / EndTime) and past the voting period. Commands that need
 * an open proposal (the vote table, a second vote, execution's checks) first let a community form
 * and open one when none is open (Prepared), as a user would, instead of being refused by it.
 */
const OWNERS = ["u1", "u2", "u3", "u4"] as const;
const owner = fc.constantFrom(...OWNERS);
const anyone = fc.constantFrom("u1", "u2", "u3", "u4", "u5", "u6");
const index = fc.nat(30);

const smallMs = fc.bigInt({ min: 1n, max: 60_000n });
const small: fc.Arbitrary<DaoDelay> = smallMs.map((ms) => ({ kind: "ms" as const, ms }));
const boundary: fc.Arbitrary<DaoDelay> = fc.constantFrom(-1n, 0n).map((offset) => ({ kind: "end" as const, offset }));
const pastPeriod: fc.Arbitrary<DaoDelay> = fc.bigInt({ min: VOTING_PERIOD, max: VOTING_PERIOD + 3_600_000n }).map((ms) => ({ kind: "ms" as const, ms }));
const voteDelay = fc.oneof({ weight: 8, arbitrary: small }, { weight: 3, arbitrary: boundary }, { weight: 1, arbitrary: pastPeriod });
const executeDelay = fc.oneof({ weight: 2, arbitrary: small }, { weight: 4, arbitrary: boundary }, { weight: 2, arbitrary: pastPeriod });

const maskType = fc.constantFrom(1n, 2n);
const validShape: fc.Arbitrary<MaskShape> = maskType.map((t) => ({ maskType: t, hashBytes: 32 }));
const anyShape: fc.Arbitrary<MaskShape> = fc.oneof(
  { weight: 4, arbitrary: validShape },
  { weight: 1, arbitrary: fc.record({ maskType: fc.constantFrom(0n, 3n, -1n), hashBytes: fc.constant(32) }) },
  { weight: 1, arbitrary: fc.record({ maskType, hashBytes: fc.constantFrom(0, 31, 33) }) },
);

/** Mostly the honest signer, sometimes an account that is not the mask's owner. */
const signer: fc.Arbitrary<Who> = fc.oneof({ weight: 6, arbitrary: fc.constant<Who>("owner") }, { weight: 1, arbitrary: fc.constant<Who>("other") });
const refs = (filter: fc.Arbitrary<MaskFilter>, anyProposal: fc.Arbitrary<boolean> = fc.constant(false), revote: fc.Arbitrary<boolean> = fc.constant(false)): fc.Arbitrary<Refs> =>
  fc.record({ mask: index, filter, proposal: index, anyProposal, revote });
const mostly = <T>(main: T, rest: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: fc.constant(main) }, { weight: 1, arbitrary: rest });

const choice = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(1n, 2n, 3n) }, { weight: 1, arbitrary: fc.constantFrom(0n, 4n, -1n) });
const maskArg: fc.Arbitrary<DaoArg> = fc.oneof({ weight: 9, arbitrary: fc.constant({ kind: "mask" as const }) }, { weight: 1, arbitrary: fc.constant({ kind: "mask" as const, absent: true }) });
const proposalArg: fc.Arbitrary<DaoArg> = fc.oneof({ weight: 9, arbitrary: fc.constant({ kind: "proposal" as const }) }, { weight: 1, arbitrary: fc.constant({ kind: "proposal" as const, absent: true }) });
/** A text of a common size, or (1 in 6) one at the bounds of the app file. */
const text = (common: fc.Arbitrary<number>, edges: readonly number[], edgeWeight = 1): fc.Arbitrary<DaoArg> =>
  fc.oneof({ weight: 5, arbitrary: common }, { weight: edgeWeight, arbitrary: fc.constantFrom(...edges) }).map((bytes) => ({ kind: "text" as const, bytes }));
const title = text(fc.integer({ min: 1, max: 40 }), [0, 1, 200, 201]);
/** The description bound 2,000 / 2,001 in 1 of 4 proposals (2,001 is refused only after a valid title). */
const description = text(fc.integer({ min: 0, max: 120 }), [2_000, 2_001], 2);
const category = fc.oneof({ weight: 10, arbitrary: fc.bigInt({ min: 1n, max: 4n }) }, { weight: 1, arbitrary: fc.constantFrom(0n, 5n) }).map((value) => ({ kind: "int" as const, value }));
const int = (value: bigint): DaoArg => ({ kind: "int", value });
const ownReceipt: DaoArg = { kind: "receipt", choice: "own" };
/** The frontend's E′, rarely off by one. */
const power: fc.Arbitrary<DaoArg> = fc.oneof({ weight: 10, arbitrary: fc.constant(0n) }, { weight: 1, arbitrary: fc.constantFrom(-1n, 1n) }).map((plus) => ({ kind: "power" as const, plus }));
/** A delegation target: another mask (active mostly), 0, the current target, the mask itself, a negative or absent id. */
const target: fc.Arbitrary<DaoArg> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(index, fc.constantFrom<MaskFilter>("active", "active", "voter", "target", "any")).map(([ref, filter]) => ({ kind: "target" as const, ref, filter })) },
  { weight: 3, arbitrary: fc.constant(int(0n)) },
  { weight: 2, arbitrary: fc.constant({ kind: "current-target" as const }) },
  { weight: 1, arbitrary: fc.constantFrom<DaoArg>({ kind: "mask" }, { kind: "mask", absent: true }, int(-1n)) },
);

const getter: fc.Arbitrary<GetterCall> = fc.oneof(
  fc.constantFrom(...PLAIN_GETTERS).map((method) => ({ method })),
  fc.record({ method: fc.constantFrom(...MASK_GETTERS), mask: index, shift: fc.oneof({ weight: 6, arbitrary: fc.constant(0n) }, { weight: 1, arbitrary: fc.constantFrom(-50n, 50n) }) }),
  fc.record({ method: fc.constant("getProposal" as const), proposal: index, shift: fc.constantFrom(0n, 0n, 50n) }),
  fc.record({ method: fc.constant("getVote" as const), proposal: index, mask: index, maskArg: fc.constantFrom("mask" as const, "mask" as const, "2^32+1" as const, "2^32" as const, "-1" as const) }),
  fc.record({ method: fc.constant("isReceiptUsed" as const), receiptId: fc.bigInt({ min: 0n, max: 12n }) }),
);

/** `n` of the app's user methods from the `from`-th on (cyclically), as `u` calls them while paused: NP, each method's first check, refuses them all. */
function pausedCalls(m: DaoSequence, r: DifferentialRun, u: string, from: number, n: number) {
  const who = arg.hash160(chainActor(r, u).scriptHash);
  const receipt = arg.int(m.receipts.filter((x) => x.payer === u).at(-1)?.id ?? 1n);
  const one = arg.int(1n);
  const calls = [
    { method: "createMask", args: [who, arg.bytes("a5".repeat(32)), one, receipt] },
    { method: "voteWithCalculation", args: [who, one, one, one, one, receipt] },
    { method: "delegateWithCacheUpdate", args: [who, one, arg.int(0n)] },
    { method: "createProposal", args: [one, arg.str("paused"), arg.str(""), one, receipt] },
    { method: "submitVote", args: [one, one, one, receipt] },
    { method: "delegateVote", args: [one, arg.int(0n)] },
    { method: "deactivateMask", args: [one] },
    { method: "executeProposal", args: [one] },
  ];
  return Array.from({ length: n }, (_, i) => calls[(from + i) % calls.length]!).map((c) => ({ call: { contract: m.app, ...c }, sender: u }));
}

export function daoCommands(): fc.Arbitrary<DifferentialCommand<DaoSequence>>[] {
  const maskFlow = fc.tuple(owner, validShape, fc.bigInt({ min: 0n, max: 1_000_000n }), smallMs)
    .map(([u, s, margin, d]) => new PayThenAct<DaoSequence>(u, maskFeeOf(s.maskType) + margin, APP_ID, new CreateMask(u, u, s, "own", d)));
  const createMask = fc.tuple(owner, anyShape, receipt, smallMs, fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: anyone }))
    .map(([u, s, rc, d, other]) => new CreateMask(other ?? u, u, s, rc, d));
  const pay = fc.tuple(anyone, fc.constantFrom(MASK_FEE, PREMIUM_MASK_FEE, PROPOSAL_FEE, VOTE_FEE), fc.constantFrom(-1n, 0n, 1_000n), smallMs,
    fc.oneof({ weight: 8, arbitrary: fc.constant(APP_ID) }, { weight: 1, arbitrary: fc.constant(FOREIGN_APP_ID) }))
    .map(([u, fee, margin, d, app]) => new PayCommand<DaoSequence>(u, fee + margin, d, app, APP_ID));
  const call = (method: string, who: fc.Arbitrary<Who>, r: fc.Arbitrary<Refs>, args: fc.Arbitrary<DaoArg[]>, delay: fc.Arbitrary<DaoDelay>, fee?: bigint) =>
    fc.tuple(who, r, args, delay).map(([w, x, a, d]) => new DaoCall(method, w, x, a, d, fee));
  const receiptOr = fc.oneof({ weight: 6, arbitrary: fc.constant(ownReceipt) }, { weight: 1, arbitrary: receipt.map((c) => ({ kind: "receipt" as const, choice: c })) });
  const proposal = call("createProposal", signer, refs(mostly<MaskFilter>("active", fc.constant("any"))), fc.tuple(maskArg, title, description, category, receiptOr), small, PROPOSAL_FEE);
  const vote = (hybrid: boolean) => call(hybrid ? "voteWithCalculation" : "submitVote", signer, refs(fc.oneof({ weight: 4, arbitrary: fc.constant<MaskFilter>("voter") }, { weight: 1, arbitrary: fc.constantFrom<MaskFilter>("any", "delegated", "delegated", "inactive") }), fc.constant(false),
    fc.oneof({ weight: 2, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })),
    hybrid ? fc.tuple(fc.constant<DaoArg>({ kind: "who", who: "owner" }), maskArg, proposalArg, choice.map(int), power, receiptOr) : fc.tuple(proposalArg, maskArg, choice.map(int), receiptOr),
    voteDelay, VOTE_FEE);
  const delegate = (hybrid: boolean) => call(hybrid ? "delegateWithCacheUpdate" : "delegateVote", signer, refs(mostly<MaskFilter>("active", fc.constantFrom<MaskFilter>("delegated", "target", "any"))),
    hybrid ? fc.tuple(fc.constant<DaoArg>({ kind: "who", who: "owner" }), maskArg, target) : fc.tuple(maskArg, target), small);
  const deactivate = call("deactivateMask", signer, refs(fc.constantFrom<MaskFilter>("active", "delegated", "target", "inactive", "any")), fc.tuple(maskArg), small);
  // A user who deactivates a mask and tries again ("already inactive"); one who delegates a mask
  // and then votes with it ("mask delegated", MD-P9), by either path.
  const deactivateTwice = fc.tuple(call("deactivateMask", fc.constant<Who>("owner"), refs(fc.constant<MaskFilter>("active")), fc.constant([{ kind: "mask" as const }]), small),
    call("deactivateMask", signer, refs(fc.constant<MaskFilter>("inactive")), fc.constant([{ kind: "mask" as const }]), small))
    .map(([first, again]) => new Steps<DaoSequence>("deactivate a mask, then again", [first, again]));
  const delegateThenVote = fc.tuple(index, index, fc.boolean(), fc.boolean(), small).map(([i, t, hybridDelegate, hybridVote, d]) => {
    const from: Refs = { mask: i, filter: "voter", proposal: 0 };
    const to: DaoArg = { kind: "target", ref: t, filter: "active" };
    const delegation = hybridDelegate
      ? new DaoCall("delegateWithCacheUpdate", "owner", from, [{ kind: "who", who: "owner" }, { kind: "mask" }, to], d)
      : new DaoCall("delegateVote", "owner", from, [{ kind: "mask" }, to], d);
    const delegated: Refs = { mask: i, filter: "delegated", proposal: t };
    const voting = hybridVote
      ? new DaoCall("voteWithCalculation", "owner", delegated, [{ kind: "who", who: "owner" }, { kind: "mask" }, { kind: "proposal" }, int(1n), { kind: "power", plus: 0n }, ownReceipt], d)
      : new DaoCall("submitVote", "owner", delegated, [{ kind: "proposal" }, { kind: "mask" }, int(1n), ownReceipt], d);
    return new Steps<DaoSequence>("delegate a mask, then vote with it", [delegation, voting]);
  });
  const execute = call("executeProposal", anyone as fc.Arbitrary<Who>, refs(fc.constant<MaskFilter>("any"), fc.boolean()), fc.tuple(proposalArg), executeDelay);
  const community = fc.tuple(fc.uniqueArray(owner, { minLength: 2, maxLength: 4 }), fc.array(maskType, { minLength: 4, maxLength: 4 }), fc.bigInt({ min: 1n, max: 4n }))
    .map(([who, types, cat]) => new Community(who.map((w, i) => ({ who: w, maskType: types[i]! })), cat));
  // Voting needs a mask that can vote and an open proposal: a community forms first when there is none.
  const votePerturb = fc.tuple(index, fc.constantFrom(1n, 2n, 3n), fc.bigInt({ min: 2n, max: 1_000n }), community)
    .map(([i, c, k, open]) => new Prepared<DaoSequence>(open, new FrontendPerturbation(votePattern(i, c, k))));
  const delegatePerturb = fc.tuple(index, fc.boolean()).map(([i, u]) => new FrontendPerturbation(delegatePattern(i, u)));
  const stale = fc.tuple(fc.constantFrom("delegate-to" as const, "undelegate" as const, "redelegate" as const, "deactivate-delegator" as const, "self-delegates" as const), index, fc.boolean())
    .map(([k, i, legacy]) => new StaleVote(k, i, legacy));
  const side = fc.constantFrom("hybrid" as const, "deprecated" as const);
  const voteEquivalence = fc.tuple(index, fc.constantFrom(1n, 2n, 3n), side, smallMs).map(([i, c, s, d]) => new Equivalence(votePair(i, c), s, d));
  const delegateEquivalence = fc.tuple(index, index, fc.constantFrom("mask" as const, "mask" as const, "zero" as const, "current" as const), side, smallMs)
    .map(([i, t, to, s, d]) => new Equivalence(delegatePair(i, t, to), s, d));
  const bounds = fc.tuple(index, owner, fc.nat(8)).map(([i, u, k]) => new BoundCheck(daoBounds(i, u)[k]!));
  const quorum = fc.tuple(index, fc.boolean()).map(([i, holds]) => new QuorumBoundary(i, holds));
  const executionChecks = fc.tuple(index, index, anyone, community).map(([p, v, who, open]) => new Prepared<DaoSequence>(open, new ExecutionChecks(p, v, who)));
  const voteTwice = fc.tuple(index, fc.boolean(), fc.boolean(), community).map(([i, first, again, open]) => new Prepared<DaoSequence>(open, new VoteTwice(i, first, again)));
  const reads = fc.tuple(fc.array(getter, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([g, powers]) => new ReadGetters(g, powers));
  // NP, the first check of every user method: "paused" and "globally paused" (README §7).
  const paused = fc.tuple(fc.constantFrom("local" as const, "registry-app" as const, "registry-global" as const), owner, fc.nat(7), fc.integer({ min: 1, max: 4 }))
    .map(([kind, u, from, n]) => new PausedWindow<DaoSequence>(kind, APP_ID, (m, r) => pausedCalls(m, r, u, from, n), `${u}: ${n} calls from #${from}`));
  // The base classes' admin surface, compiled into the app too (base-calls.ts), with a mask bought while paused.
  const base = baseCalls<DaoSequence>({
    appId: APP_ID,
    whilePaused: () => new CreateMask("u1", "u1", { maskType: 1n, hashBytes: 32 }, "own", 1_000n),
  });
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [
    community, community, maskFlow, maskFlow, maskFlow, createMask, createMask, pay,
    proposal, proposal, proposal, proposal,
    vote(true), vote(true), vote(true), vote(true), vote(false), vote(false), vote(false),
    delegate(true), delegate(true), delegate(true), delegate(false), delegate(false),
    deactivate, deactivate, execute, execute, execute,
    votePerturb, votePerturb, delegatePerturb, stale, stale, stale,
    voteEquivalence, voteEquivalence, delegateEquivalence, bounds, bounds, bounds, quorum, quorum, reads, reads, base,
    executionChecks, deactivateTwice, delegateThenVote, delegateThenVote, voteTwice, paused,
  ];
}
