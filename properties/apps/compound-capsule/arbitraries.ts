import fc from "fast-check";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { Equivalence } from "../../patterns/equivalence/equivalence-command.js";
import { BoundCheck } from "../../patterns/bounds/bound-command.js";
import { PausedWindow } from "../../patterns/pause/paused-window.js";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { APP_ID } from "../../../simulator/apps/compound-capsule/constants.js";
import { DAY } from "../../../simulator/bases/mini-app-base.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { capsuleAt, senderWith, type CompoundSequence, type NeoScope } from "./sequence-model.js";
import type { Delay } from "./commands/delay.js";
import { CreateCapsule, createCall } from "./commands/create-capsule.js";
import { CapsuleCall, type CapsuleSigner } from "./commands/capsule-call.js";
import { CalculationCall, earlyCall, unlockCall, type Tamper } from "./commands/calculation-call.js";
import { StaleSubmission } from "./commands/stale-submission.js";
import { SendToken } from "./commands/send-token.js";
import { DirectPayment } from "./commands/token-payment.js";
import { ReadGetters, ID_GETTERS, PLAIN_GETTERS, type GetterCall } from "./commands/read-getters.js";
import { earlyFrontendPattern, unlockFrontendPattern } from "./frontend-perturbation.js";
import { earlyPair, unlockPair } from "./equivalence.js";
import { compoundBounds } from "./bounds.js";

/**
 * The generators of a CompoundCapsule sequence (compound-capsule.md CC-P1…P7). Owners u1–u3 lock
 * NEO (10,000 each) with the witness scope of README §6 (and, rarely, the scopes that must fail);
 * time moves in small steps, by whole days and onto unlock boundaries (UnlockTime − 1 /
 * UnlockTime), so capsules of 7–365 days unlock within a sequence.
 */
const OWNERS = ["u1", "u2", "u3"] as const;
const owner = fc.constantFrom(...OWNERS);
const capsule = fc.nat(20);

const small: fc.Arbitrary<Delay> = fc.bigInt({ min: 1n, max: 60_000n }).map((ms) => ({ kind: "ms" as const, ms }));
export const delay: fc.Arbitrary<Delay> = fc.oneof(
  { weight: 5, arbitrary: small },
  { weight: 3, arbitrary: fc.tuple(fc.bigInt({ min: 1n, max: 40n }), fc.bigInt({ min: 0n, max: DAY - 1n })).map(([days, ms]) => ({ kind: "days" as const, days, ms })) },
  { weight: 1, arbitrary: fc.tuple(fc.bigInt({ min: 60n, max: 200n }), fc.bigInt({ min: 0n, max: DAY - 1n })).map(([days, ms]) => ({ kind: "days" as const, days, ms })) },
  { weight: 4, arbitrary: fc.tuple(capsule, fc.constantFrom(-1n, 0n)).map(([c, offset]) => ({ kind: "unlock" as const, capsule: c, offset })) },
);

/** Lock lengths: anywhere in range, CC-P7's tier boundaries, and (rarely) outside the range. */
const lockDays = fc.oneof(
  { weight: 6, arbitrary: fc.bigInt({ min: 7n, max: 365n }) },
  { weight: 4, arbitrary: fc.constantFrom(7n, 29n, 30n, 89n, 90n, 179n, 180n, 365n) },
  { weight: 1, arbitrary: fc.constantFrom(6n, 366n, 0n, -7n) },
);
const amount = fc.oneof({ weight: 12, arbitrary: fc.bigInt({ min: 1n, max: 60n }) }, { weight: 1, arbitrary: fc.constantFrom(0n, -1n, 10_001n, 1_000n) });
const scope: fc.Arbitrary<NeoScope> = fc.oneof({ weight: 12, arbitrary: fc.constant("entry+NEO" as const) }, { weight: 3, arbitrary: fc.constantFrom("entry" as const, "custom:NEO" as const, "none" as const) });
const signer: fc.Arbitrary<CapsuleSigner> = fc.oneof({ weight: 10, arbitrary: fc.constant("owner" as const) }, { weight: 1, arbitrary: fc.constantFrom("other" as const, "owner/none" as const) });
const tamper: fc.Arbitrary<Tamper> = fc.oneof(
  { weight: 10, arbitrary: fc.constant({ field: 0, k: 0n }) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.oneof(fc.constantFrom(1n, -1n), fc.bigInt({ min: -1_000_000n, max: 1_000_000n }).filter((k) => k !== 0n))).map(([field, k]) => ({ field, k })) },
);
const extraDays = fc.oneof({ weight: 8, arbitrary: fc.bigInt({ min: 7n, max: 60n }) }, { weight: 3, arbitrary: fc.constantFrom(6n, 0n, 200n, 358n, 365n) });

const U64 = 1n << 64n;
const anyInt = fc.oneof(fc.bigInt({ min: -U64 + 1n, max: U64 - 1n }), fc.bigInt({ min: -400n, max: 100_000n }));
const getter: fc.Arbitrary<GetterCall> = fc.oneof(
  fc.constantFrom(...PLAIN_GETTERS).map((method) => ({ method })),
  fc.record({ method: fc.constantFrom(...ID_GETTERS), capsule, shift: fc.oneof({ weight: 6, arbitrary: fc.constant(0n) }, { weight: 1, arbitrary: fc.constantFrom(-50n, 50n, 1n) }) }),
  fc.record({ method: fc.constant("calculateExpectedYield" as const), args: fc.tuple(anyInt, fc.oneof(anyInt, fc.constantFrom(300n, 500n, 800n, 1200n)), fc.oneof(anyInt, fc.constantFrom(DAY, 365n * DAY))) }),
  fc.record({ method: fc.constant("getApyBpsForDays" as const), value: fc.oneof(anyInt, fc.constantFrom(6n, 7n, 29n, 30n, 89n, 90n, 179n, 180n, 365n, 366n, -1n)) }),
  fc.record({ method: fc.constant("calculateEarlyPenalty" as const), value: anyInt }),
);

/** The user calls made while paused (NP is the first check of each): one of each method, in turn. */
function pausedCalls(m: CompoundSequence, r: DifferentialRun, u: string, n: number) {
  const id = capsuleAt(m, 0)?.id ?? 1n;
  const owner = capsuleAt(m, 0)?.owner ?? u;
  const calls = [
    { call: createCall(m, r, u, 5n, 30n), sender: senderWith(u, "entry+NEO") },
    { call: unlockCall(m, id), sender: owner },
    { call: earlyCall(m, id), sender: owner },
    { call: { contract: m.app, method: "unlockCapsule", args: [arg.int(id)] }, sender: owner },
    { call: { contract: m.app, method: "earlyWithdraw", args: [arg.int(id)] }, sender: owner },
    { call: { contract: m.app, method: "extendLock", args: [arg.int(id), arg.int(7)] }, sender: owner },
  ];
  return calls.slice(0, n);
}

export function compoundCommands(): fc.Arbitrary<DifferentialCommand<CompoundSequence>>[] {
  const create = fc.tuple(owner, amount, lockDays, scope, small, fc.oneof({ weight: 12, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }))
    .map(([u, a, d, s, dl, own]) => new CreateCapsule(own ? u : u === "u1" ? "u2" : "u1", u, a, d, s, dl));
  const legacy = fc.tuple(fc.constantFrom("unlockCapsule" as const, "earlyWithdraw" as const), signer, capsule, delay, fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }))
    .map(([method, s, c, d, absent]) => new CapsuleCall(method, s, c, d, undefined, absent));
  const extend = fc.tuple(signer, capsule, extraDays, delay).map(([s, c, days, d]) => new CapsuleCall("extendLock", s, c, d, days));
  const hybrid = fc.tuple(fc.constantFrom("unlock" as const, "early" as const), signer, capsule, tamper, delay).map(([k, s, c, t, d]) => new CalculationCall(k, s, c, t, d));
  const stale = fc.tuple(fc.constantFrom("unlock" as const, "early" as const), capsule, fc.bigInt({ min: 7n, max: 30n }), fc.oneof(small, delay)).map(([k, c, days, d]) => new StaleSubmission(k, c, days, d));
  const k = fc.bigInt({ min: 2n, max: 1_000_000n });
  const perturb = fc.tuple(fc.boolean(), capsule, k).map(([unlock, c, kk]) => new FrontendPerturbation(unlock ? unlockFrontendPattern(c, kk) : earlyFrontendPattern(c, kk)));
  const equivalence = fc.oneof(
    fc.tuple(capsule, fc.constantFrom("hybrid" as const, "deprecated" as const), fc.oneof(fc.constant(1n), fc.bigInt({ min: 2n, max: 60_000n }), fc.constant(DAY))).map(([c, side, ms]) => new Equivalence(unlockPair(c, ms), side, ms)),
    fc.tuple(capsule, fc.constantFrom("hybrid" as const, "deprecated" as const), fc.bigInt({ min: 1n, max: 60_000n }), fc.boolean()).map(([c, side, ms, b]) => new Equivalence(earlyPair(c, ms, b), side, ms)),
  );
  const bounds = fc.tuple(owner, fc.nat(4)).map(([u, i]) => new BoundCheck(compoundBounds(u)[i]!));
  const paused = fc.tuple(fc.constantFrom("local" as const, "registry-app" as const, "registry-global" as const), owner, fc.integer({ min: 1, max: 6 }))
    .map(([kind, u, n]) => new PausedWindow<CompoundSequence>(kind, APP_ID, (m, r) => pausedCalls(m, r, u, n), `${u}: ${n} calls`));
  const send = fc.tuple(fc.constantFrom("GAS" as const, "NEO" as const), fc.constantFrom("u4", "u5", "u1"), fc.bigInt({ min: 1n, max: 5n })).map(([t, u, a]) => new SendToken(t, u, t === "GAS" ? a * 10_000_000n : a));
  const direct = fc.tuple(fc.constantFrom("u4", "u1"), fc.bigInt({ min: 0n, max: 100n })).map(([u, a]) => new DirectPayment(u, a));
  const reads = fc.tuple(fc.array(getter, { minLength: 1, maxLength: 4 }), fc.option(fc.tuple(capsule, fc.constantFrom(-1n, 0n)).map(([c, offset]) => ({ kind: "unlock-tinv" as const, capsule: c, offset })), { nil: undefined }))
    .map(([g, at]) => new ReadGetters(g, at));
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [
    create, create, create, create, create,
    legacy, legacy, legacy, extend, extend,
    hybrid, hybrid, hybrid, hybrid, stale,
    perturb, perturb, equivalence, equivalence, bounds, paused, send, direct, reads, reads, reads,
  ];
}
