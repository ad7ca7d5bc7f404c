import type { ReceiptChoice } from "../../patterns/pay-then-act/receipt-choice.js";
import fc from "fast-check";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { receiptChoice as receipt } from "../../patterns/pay-then-act/receipt-choice.js";
import { PayThenAct } from "../../patterns/pay-then-act/pay-then-act-command.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { Equivalence } from "../../patterns/equivalence/equivalence-command.js";
import { BoundCheck } from "../../patterns/bounds/bound-command.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { APP_ID, BURY_FEE, EXTEND_FEE, FISH_FEE, GIFT_FEE, MAX_LOCK, MIN_LOCK } from "../../../simulator/apps/time-capsule/constants.js";
import type { CapsuleSequence } from "./sequence-model.js";
import type { Delay } from "./commands/delay.js";
import { Bury, type BuryShape } from "./commands/bury.js";
import { CapsuleCall, type CapsuleArg } from "./commands/capsule-call.js";
import { FishCall } from "./commands/fish.js";
import { Pay } from "./commands/pay.js";
import { ReadGetters, ID_GETTERS, PLAIN_GETTERS, type GetterCall } from "./commands/read-getters.js";
import { StaleFish } from "./commands/stale-fish.js";
import { fishFrontendPattern } from "./frontend-perturbation.js";
import { fishPair } from "./equivalence.js";
import { capsuleBounds } from "./bounds.js";
import { extendPattern, giftPattern, recipientPattern, revealPattern } from "./owner-perturbation.js";
import { baseCalls } from "../../patterns/base-calls/base-calls.js";
import { Steps } from "../../patterns/call-step/call-step.js";

/**
 * The generators of a TimeCapsule sequence (time-capsule.md, TC-P1…P6). Owners u1–u3 bury,
 * fishers u4–u5 fish, u6 and admin appear as foreign signers. Time moves in small steps, in jumps
 * past MIN_LOCK (so capsules unlock) and onto unlock boundaries (UnlockTime − 1 / UnlockTime).
 */
const OWNERS = ["u1", "u2", "u3"] as const;
const FISHERS = ["u4", "u5", "u1"] as const;
const owner = fc.constantFrom(...OWNERS);
const fisher = fc.constantFrom(...FISHERS);
const anyone = fc.constantFrom("u1", "u2", "u3", "u4", "u5", "u6");
const capsule = fc.nat(40);

const small: fc.Arbitrary<Delay> = fc.bigInt({ min: 1n, max: 60_000n }).map((ms) => ({ kind: "ms" as const, ms }));
export const delay: fc.Arbitrary<Delay> = fc.oneof(
  { weight: 6, arbitrary: small },
  { weight: 3, arbitrary: fc.bigInt({ min: MIN_LOCK, max: MIN_LOCK + 7_200_000n }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 4, arbitrary: fc.tuple(capsule, fc.constantFrom(-1n, 0n)).map(([c, offset]) => ({ kind: "unlock" as const, capsule: c, offset })) },
);

const shape: fc.Arbitrary<BuryShape> = fc.record({
  contentBytes: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 64 }) }, { weight: 2, arbitrary: fc.constantFrom(0, 256, 257) }),
  titleBytes: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 1, arbitrary: fc.constantFrom(100, 101) }),
  lockMs: fc.oneof(
    { weight: 12, arbitrary: fc.bigInt({ min: MIN_LOCK, max: MIN_LOCK + 7_200_000n }) },
    { weight: 1, arbitrary: fc.constantFrom(MIN_LOCK - 1n, MAX_LOCK, MAX_LOCK + 1n, 0n) },
  ),
  isPublic: fc.boolean(),
  category: fc.oneof({ weight: 12, arbitrary: fc.bigInt({ min: 1n, max: 5n }) }, { weight: 1, arbitrary: fc.constantFrom(0n, 6n) }),
});

/** Mostly the honest signer, sometimes another account (→ "unauthorized" / "not owner"). */
const signerOr = <T extends string>(main: T) => fc.oneof({ weight: 4, arbitrary: fc.constant<string>(main) }, { weight: 1, arbitrary: anyone });

const getter: fc.Arbitrary<GetterCall> = fc.oneof(
  fc.constantFrom(...PLAIN_GETTERS).map((method) => ({ method })),
  fc.record({ method: fc.constantFrom(...ID_GETTERS), capsule, shift: fc.oneof({ weight: 6, arbitrary: fc.constant(0n) }, { weight: 1, arbitrary: fc.constantFrom(-50n, 50n) }) }),
  fc.record({ method: fc.constant("isRecipient" as const), capsule, user: anyone }),
  fc.record({ method: fc.constant("isReceiptUsed" as const), receiptId: fc.bigInt({ min: 0n, max: 12n }) }),
);

/** The index-th capsule, or (1 in 8) an id never created. */
const capsuleId: fc.Arbitrary<CapsuleArg> = fc.oneof({ weight: 7, arbitrary: fc.constant({ kind: "id" as const }) }, { weight: 1, arbitrary: fc.constant({ kind: "id" as const, absent: true }) });
const who = (w: string): CapsuleArg => ({ kind: "who", who: w });
const ownReceipt = (choice: ReceiptChoice): CapsuleArg => ({ kind: "receipt", payer: "owner", choice });

export function capsuleCommands(): fc.Arbitrary<DifferentialCommand<CapsuleSequence>>[] {
  const buryFlow = fc.tuple(owner, shape, fc.bigInt({ min: 0n, max: 5_000_000n }), small)
    .map(([u, s, margin, d]) => new PayThenAct<CapsuleSequence>(u, BURY_FEE + margin, APP_ID, new Bury(u, u, s, "own", d)));
  const bury = fc.tuple(owner, shape, receipt, delay).chain(([u, s, rc, d]) => signerOr(u).map((signer) => new Bury(signer, u, s, rc, d)));
  const pay = fc.tuple(anyone, fc.constantFrom(BURY_FEE, FISH_FEE, GIFT_FEE, EXTEND_FEE), fc.constantFrom(-1n, 0n, 1_000n), small,
    fc.oneof({ weight: 8, arbitrary: fc.constant(APP_ID) }, { weight: 1, arbitrary: fc.constant(FOREIGN_APP_ID) }))
    .map(([u, fee, margin, d, app]) => new Pay(u, fee + margin, d, app));
  const path = fc.constantFrom("hybrid" as const, "deprecated" as const);
  const fishFlow = fc.tuple(fisher, path, delay).map(([f, p, d]) => new PayThenAct<CapsuleSequence>(f, FISH_FEE, APP_ID, new FishCall(p, f, f, "own", d)));
  // fishWithId with an id the frontend did not pick: any capsule, whatever its state (TC-P1's capsule rows).
  const fishAny = fc.tuple(fisher, capsule, delay).map(([f, c, d]) => new PayThenAct<CapsuleSequence>(f, FISH_FEE, APP_ID, new FishCall("hybrid", f, f, "own", d, c)));
  const fish = fc.tuple(fisher, path, receipt, delay).chain(([f, p, rc, d]) => signerOr(f).map((signer) => new FishCall(p, signer, f, rc, d)));
  // Reveal by the owner, a (maybe) recipient or anyone; signed by the revealer or, rarely, another account.
  const reveal = fc.tuple(capsule, capsuleId, fc.oneof({ weight: 2, arbitrary: fc.constant("owner") }, { weight: 1, arbitrary: fc.constantFrom("u4", "u5") }, { weight: 1, arbitrary: anyone }), delay)
    .chain(([c, id, r, d]) => fc.oneof({ weight: 4, arbitrary: fc.constant(r) }, { weight: 1, arbitrary: anyone }).map((signer) => new CapsuleCall("reveal", signer, c, [who(r), id], d)));
  const gift = fc.tuple(capsule, capsuleId, fc.oneof({ weight: 3, arbitrary: anyone }, { weight: 1, arbitrary: fc.constantFrom("owner", "zero") }), receipt, small, fc.boolean())
    .chain(([c, id, to, rc, d, paid]) => signerOr("owner").map((signer) => new CapsuleCall("giftCapsule", signer, c, [id, who(to), ownReceipt(rc)], d, paid ? GIFT_FEE : undefined)));
  const addRecipient = fc.tuple(capsule, capsuleId, fc.oneof({ weight: 4, arbitrary: fc.constantFrom("u4", "u5") }, { weight: 1, arbitrary: fc.constant("zero") }), small)
    .chain(([c, id, to, d]) => signerOr("owner").map((signer) => new CapsuleCall("addRecipient", signer, c, [id, who(to)], d, undefined, "private")));
  const newUnlock: fc.Arbitrary<CapsuleArg> = fc.oneof(
    { weight: 3, arbitrary: fc.bigInt({ min: 1n, max: MIN_LOCK }).map((plus) => ({ kind: "time" as const, from: "unlock" as const, plus })) },
    { weight: 1, arbitrary: fc.constantFrom(0n, -1n).map((plus) => ({ kind: "time" as const, from: "unlock" as const, plus })) },
    { weight: 1, arbitrary: fc.constantFrom(MAX_LOCK, MAX_LOCK + 1n).map((plus) => ({ kind: "time" as const, from: "create" as const, plus })) },
    { weight: 2, arbitrary: fc.constantFrom(0n, 1n).map((plus) => ({ kind: "time" as const, from: "now" as const, plus })) },
  );
  const extend = fc.tuple(capsule, capsuleId, newUnlock, receipt, small, fc.boolean())
    .chain(([c, id, t, rc, d, paid]) => signerOr("owner").map((signer) => new CapsuleCall("extendUnlockTime", signer, c, [id, t, ownReceipt(rc)], d, paid ? EXTEND_FEE : undefined)));
  // TC-P1's table from the current state (the frontend-search pattern) and its stale row.
  const perturb = fc.constantFrom(["u4", "u5"], ["u5", "u4"], ["u1", "u4"]).map(([f, o]) => new FrontendPerturbation(fishFrontendPattern(f!, o!)));
  const stale = fc.tuple(fc.constantFrom(["u4", "u5"], ["u5", "u1"]), fc.boolean()).map(([[f, rival], reveals]) => new StaleFish(f!, rival!, reveals));
  // TC-P2: fishWithId(pick) ≡ fish from one state (the O(1) ≡ O(n) pattern), at a generated time.
  const equivalence = fc.tuple(fisher, fc.constantFrom("hybrid" as const, "deprecated" as const), fc.oneof(fc.bigInt({ min: 1n, max: 60_000n }), fc.bigInt({ min: MIN_LOCK, max: MIN_LOCK + 7_200_000n })))
    .map(([f, side, d]) => new Equivalence(fishPair(f, d), side, d));
  const bounds = fc.tuple(owner, fc.nat(8)).map(([u, i]) => new BoundCheck(capsuleBounds(u)[i]!));
  const reads = fc.tuple(fc.array(getter, { minLength: 1, maxLength: 4 }), fc.option(fc.tuple(capsule, fc.constantFrom(-1n, 0n)).map(([c, offset]) => ({ kind: "unlock-tinv" as const, capsule: c, offset })), { nil: undefined }))
    .map(([g, at]) => new ReadGetters(g, at));
  // The owner's methods as tables of their checks, each with the receipt rows (owner-perturbation.ts).
  const giftPerturb = fc.tuple(capsule, anyone).map(([c, to]) => new FrontendPerturbation(giftPattern(c, to)));
  const extendPerturb = fc.tuple(capsule, fc.boolean()).map(([c, unlocked]) => new FrontendPerturbation(extendPattern(c, unlocked)));
  const recipientPerturb = capsule.map((c) => new FrontendPerturbation(recipientPattern(c)));
  const revealPerturb = capsule.map((c) => new FrontendPerturbation(revealPattern(c)));
  // The base classes' admin surface, compiled into the app too (base-calls.ts); NP's "paused" and
  // "globally paused" (every method of the app file) are met by a burial while paused.
  const base = baseCalls<CapsuleSequence>({
    appId: APP_ID,
    whilePaused: () => new Steps<CapsuleSequence>("calls while paused", [
      new Bury("u1", "u1", { contentBytes: 32, titleBytes: 8, lockMs: MIN_LOCK, isPublic: true, category: 1n }, "own", { kind: "ms", ms: 1_000n }),
      new FishCall("deprecated", "u4", "u4", "own", { kind: "ms", ms: 1_000n }),
    ]),
  });
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [
    buryFlow, buryFlow, buryFlow, buryFlow, buryFlow, bury, pay,
    fishFlow, fishFlow, fishFlow, fishAny, fishAny, fish,
    reveal, revealPerturb, revealPerturb, gift, giftPerturb, addRecipient, recipientPerturb, recipientPerturb, extend, extendPerturb,
    perturb, perturb, stale, equivalence, equivalence, bounds, bounds, reads, reads, reads, base, base,
  ];
}
