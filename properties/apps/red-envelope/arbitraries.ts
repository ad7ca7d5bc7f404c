import fc from "fast-check";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { receiptChoice } from "../../patterns/pay-then-act/receipt-choice.js";
import { Steps } from "../../patterns/call-step/call-step.js";
import { baseCalls } from "../../patterns/base-calls/base-calls.js";
import { scriptRegistryRefusals } from "../../patterns/base-calls/script-registry-calls.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { APP_ID, MIN_AMOUNT, MIN_PACKET, SCRIPT_NAME } from "../../../simulator/apps/red-envelope/constants.js";
import { adminStep } from "./commands/admin.js";
import { claimStep } from "./commands/claim.js";
import { createStep, type EnvelopeOrder } from "./commands/create-envelope.js";
import { directCallbackStep, fulfilStep } from "./commands/fulfill-request.js";
import { getterReads } from "./commands/read-getters.js";
import { Pay } from "./commands/pay.js";
import { refundStep } from "./commands/refund-envelope.js";
import { settleStep } from "./commands/settle.js";
import type { Delay } from "./delay.js";
import { LazyEagerEquivalence } from "./lazy-eager-equivalence.js";
import { packetChecks } from "./packet-checks.js";
import { settlePattern } from "./settle-perturbation.js";
import type { EnvelopeSequence } from "./sequence-model.js";

/**
 * The generators of a RedEnvelope sequence (red-envelope.md, RE-P1…P11). Creators u1–u3, claimers
 * u1–u5; totals far inside a user's funding (README §6); packet counts mostly small so envelopes
 * complete, sometimes up to MAX_PACKETS (the O(n) paths); expiry durations −1, 0, 1 and short ones,
 * with claims and refunds generated at ExpiryTime and ExpiryTime + 1 (RE-P8).
 */
const CREATORS = ["u1", "u2", "u3"] as const;
const CLAIMERS = ["u1", "u2", "u3", "u4", "u5"] as const;
const creator = fc.constantFrom(...CREATORS);
const claimer = fc.constantFrom(...CLAIMERS);
const pick = fc.oneof({ weight: 12, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: fc.constant(-1) });

const packets = fc.oneof({ weight: 6, arbitrary: fc.bigInt({ min: 1n, max: 4n }) }, { weight: 1, arbitrary: fc.bigInt({ min: 5n, max: 100n }) });
const duration = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(-1n, 0n, 1n) }, { weight: 5, arbitrary: fc.bigInt({ min: 30_000n, max: 900_000n }) });
const order = (c: string): fc.Arbitrary<EnvelopeOrder> => fc.tuple(packets, fc.bigInt({ min: 0n, max: 300_000_000n }), duration, fc.constantFrom("", "新年快乐", "x".repeat(256)))
  .map(([n, extra, durationMs, message]) => ({ creator: c, packets: n, total: max(MIN_AMOUNT, n * MIN_PACKET) + extra, durationMs, message }));

/** CHK's boundaries: each value just past (and at) a creation bound. */
const hostileOrder = (c: string): fc.Arbitrary<EnvelopeOrder> => fc.constantFrom<[bigint, bigint, string]>(
  [MIN_AMOUNT - 1n, 1n, ""], [1n, 1n, ""], [MIN_AMOUNT - 1n, 5n, ""], [MIN_AMOUNT, 1n, ""], [MIN_AMOUNT, 0n, ""], [MIN_AMOUNT, 101n, ""], [100n * MIN_PACKET, 100n, ""],
  [11n * MIN_PACKET - 1n, 11n, ""], [11n * MIN_PACKET, 11n, ""], [MIN_AMOUNT, 1n, "y".repeat(257)], [MIN_AMOUNT, 1n, "é".repeat(129)], [MIN_AMOUNT, 1n, "z".repeat(256)], [5n * MIN_PACKET * 3n, 16n, ""],
).map(([total, n, message]) => ({ creator: c, total, packets: n, durationMs: 0n, message }));

const delay: fc.Arbitrary<Delay> = fc.oneof(
  { weight: 10, arbitrary: fc.bigInt({ min: 1n, max: 60_000n }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 1, arbitrary: fc.bigInt({ min: 600_000n, max: 90_000_000n }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 4, arbitrary: fc.constantFrom(0n, 1n).map((offset) => ({ kind: "expiry" as const, offset })) },
);
const gap = fc.bigInt({ min: 1n, max: 30_000n });
/** Mostly the honest signer (undefined: the envelope's creator), sometimes another account. */
const hostileSigner = (...others: string[]) => fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...others) });
const signerFor = (who: string) => fc.oneof({ weight: 6, arbitrary: fc.constant(who) }, { weight: 1, arbitrary: fc.constantFrom("u6", "admin") });

type Cmd = DifferentialCommand<EnvelopeSequence>;

/** A whole honest creation: pay, then initiate (lazy or eager settle) or create (fulfilled, failed or left pending). */
function flow(): fc.Arbitrary<Cmd> {
  const path = fc.constantFrom("lazy", "lazy", "eager", "rng", "rng-fail", "pending", "initiated", "underpaid", "late-callback", "foreign-receipt", "refund-twice", "other-payer", "other-payer");
  return fc.tuple(creator, path, gap, fc.uint8Array({ minLength: 1, maxLength: 40 })).chain(([c, p, d, result]) => order(c).map((o): Cmd => {
    const hybrid = p === "lazy" || p === "eager" || p === "initiated" || p === "refund-twice" || ((p === "underpaid" || p === "foreign-receipt" || p === "other-payer") && result[0]! % 2 === 0);
    // "other-payer": another creator pays, and c presents that receipt (RCPT "receipt payer mismatch").
    const payer = p === "other-payer" ? CREATORS[(CREATORS.indexOf(c as (typeof CREATORS)[number]) + 1) % CREATORS.length]! : c;
    const steps: Cmd[] = [new Pay(payer, o.total + (p === "underpaid" ? -1n : 1_000n), d, p === "foreign-receipt" ? FOREIGN_APP_ID : APP_ID),
      createStep(hybrid ? "initiateEnvelope" : "createEnvelope", c, o, p === "other-payer" ? "newest-other-payer" : "own", 1n)];
    if (p === "lazy" || p === "eager" || p === "refund-twice") steps.push(settleStep(p === "eager", undefined, 0, 1n));
    // RE-P8: the creator's refund at the boundary pair (ExpiryTime: "not expired"; ExpiryTime + 1: accepted), then a second one ("already refunded").
    if (p === "refund-twice") steps.push(refundStep(undefined, 0, { kind: "expiry", offset: 0n }), refundStep(undefined, 0, { kind: "expiry", offset: 1n }), refundStep(undefined, 0, { kind: "ms", ms: 1_000n }));
    if (p === "rng" || p === "rng-fail") steps.push(fulfilStep("tee", 0, p === "rng", p === "rng" ? Buffer.from(result).toString("hex") : "", 1n));
    // GW-P4: the envelope is refunded after expiry while its request is pending; the late callback faults "envelope not pending".
    if (p === "late-callback") steps.push(refundStep(undefined, 0, { kind: "expiry", offset: 1n }), fulfilStep("tee", 0, true, Buffer.from(result).toString("hex"), 1n));
    return new Steps(`envelope(${p}, ${c}, T=${o.total}, n=${o.packets}, dur=${o.durationMs})`, steps);
  }));
}

export function redEnvelopeCommands(): fc.Arbitrary<Cmd>[] {
  const pay = fc.tuple(creator, fc.bigInt({ min: MIN_AMOUNT - 1n, max: 400_000_000n }), gap, fc.oneof({ weight: 4, arbitrary: fc.constant(APP_ID) }, { weight: 1, arbitrary: fc.constant(FOREIGN_APP_ID) }))
    .map(([u, amount, d, app]): Cmd => new Pay(u, amount, d, app));
  const create = fc.tuple(creator, fc.constantFrom("initiateEnvelope" as const, "createEnvelope" as const), fc.nat(4).map((x) => x < 3), fc.oneof({ weight: 2, arbitrary: receiptChoice }, { weight: 1, arbitrary: fc.constantFrom("never-issued" as const, "never-issued" as const, "other-payer" as const, "newest-other-payer" as const) }), gap)
    .chain(([c, method, hostile, receipt, d]) => fc.tuple(signerFor(c), hostile ? hostileOrder(c) : order(c)).map(([s, o]): Cmd => createStep(method, s, o, receipt, d)));
  const settle = fc.tuple(fc.boolean(), hostileSigner("u4", "u1"), pick, gap).map(([eager, s, p, d]): Cmd => settleStep(eager, s, p, d));
  const fulfil = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant("tee") }, { weight: 1, arbitrary: fc.constant("u1") }), fc.nat(2), fc.boolean(), fc.constantFrom("", "07", "ab".repeat(32)), gap)
    .map(([s, p, ok, result, d]): Cmd => fulfilStep(s, p, ok, result, d));
  const claim = fc.tuple(claimer, pick, delay).chain(([c, p, d]) => signerFor(c).map((s): Cmd => claimStep(s, c, p, d)));
  const refund = fc.tuple(hostileSigner("u5", "admin"), pick, delay).map(([s, p, d]): Cmd => refundStep(s, p, d));
  const admin = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant("admin") }, { weight: 1, arbitrary: fc.constant("u2") }), fc.constantFrom("pause" as const, "unpause" as const, "disable" as const, "enable" as const, "enable" as const, "unpause" as const), gap)
    .map(([s, a, d]): Cmd => adminStep(s, a, d));
  const getters = fc.tuple(pick, claimer, fc.uint8Array({ minLength: 0, maxLength: 33 }), packets, fc.bigInt({ min: -1n, max: 300_000_000n }))
    .map(([p, c, seed, n, total]): Cmd => getterReads(p, c, Buffer.from(seed).toString("hex"), n, total));
  // The legacy callback called directly, not through the gateway ("only gateway").
  const callback = fc.tuple(fc.constantFrom("u1", "tee"), fc.nat(2), gap).map(([s, p, d]): Cmd => directCallbackStep(s, p, d));
  const checks = fc.tuple(pick, fc.nat(99), fc.option(fc.constantFrom(0n, 1n), { nil: undefined })).map(([p, j, at]): Cmd => {
    if (at === undefined) return packetChecks(p, j);
    // isExpired at tinv = ExpiryTime and ExpiryTime + 1 (RE-P8): a cheap block first puts tinv there.
    return new Steps(`packet checks at tinv=Expiry${at === 0n ? "" : "+1"}`, [refundStep("u6", p, { kind: "expiry", offset: at, tinv: true }), packetChecks(p, j)]);
  });
  const perturb = fc.tuple(fc.boolean(), fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]), packets, fc.bigInt({ min: 0n, max: 200_000_000n }), fc.nat(99))
    .map(([eager, [c, o], n, extra, j]): Cmd => new FrontendPerturbation(settlePattern(eager, c!, o!, max(MIN_AMOUNT, n * MIN_PACKET) + extra, n, j)));
  const equivalence = fc.tuple(creator, packets, fc.bigInt({ min: 0n, max: 100_000_000n }), fc.array(claimer, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.constantFrom("hybrid" as const, "deprecated" as const))
    .map(([c, n, extra, cs, refund, side]): Cmd => new LazyEagerEquivalence(c, max(MIN_AMOUNT, n * MIN_PACKET) + extra, n, cs, refund, side));
  // A paused app or a disabled script around one call, switched back after (NP, VSH, "script not registered").
  const switched = fc.tuple(fc.constantFrom("pause" as const, "disable" as const), fc.constantFrom("lazy", "eager", "initiate", "claim", "refund"), claimer, gap)
    .map(([off, action, c, d]): Cmd => new Steps(`${off}d: ${action}`, [
      adminStep("admin", off, d),
      action === "lazy" || action === "eager" ? settleStep(action === "eager", undefined, 0, 1n)
        : action === "initiate" ? createStep("initiateEnvelope", c, { creator: c, total: MIN_AMOUNT, packets: 1n, durationMs: 0n, message: "" }, "own", 1n)
          : action === "claim" ? claimStep(c, c, 0, { kind: "ms", ms: 1n }) : refundStep(undefined, 0, { kind: "ms", ms: 1n }),
      adminStep("admin", off === "pause" ? "unpause" : "enable", 1n),
    ]));
  // The script disabled for a while: two of the settlements and initiateEnvelope meet VSH's "script
  // disabled" and initiate's "script not registered" (red-envelope.md RE-P2 / RE-P7), then it is enabled again.
  const disabled = fc.tuple(fc.shuffledSubarray(["lazy", "eager", "initiate"] as const, { minLength: 2, maxLength: 2 }), creator, gap).map(([actions, c, d]): Cmd => new Steps(`disabled: ${actions.join(", ")}`, [
    adminStep("admin", "disable", d),
    ...actions.map((a) => (a === "initiate" ? createStep("initiateEnvelope", c, { creator: c, total: MIN_AMOUNT, packets: 1n, durationMs: 0n, message: "" }, "own", 1n) : settleStep(a === "eager", undefined, 0, 1n))),
    adminStep("admin", "enable", 1n),
  ]));
  // The DevPack's own surface (admin handover, pause, NEO sent to the app, the script registry's refusals); base-calls
  // draws one of seven kinds, so it is listed three times for each DevPack message to come up often enough.
  const base = baseCalls<EnvelopeSequence>({
    appId: APP_ID,
    whilePaused: () => createStep("initiateEnvelope", "u1", { creator: "u1", total: MIN_AMOUNT, packets: 1n, durationMs: 0n, message: "" }, "own", 1n),
  });
  const registry = scriptRegistryRefusals<EnvelopeSequence>(SCRIPT_NAME);
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [flow(), flow(), flow(), flow(), pay, pay, create, create, create, create, settle, fulfil, callback, claim, claim, claim, claim, refund, refund, admin, switched, getters, checks, perturb, equivalence,
    disabled, base, base, base, registry];
}

function max(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
