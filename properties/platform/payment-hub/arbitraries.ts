import fc from "fast-check";
import type { FlexibleDelay } from "../../harness/differential-run.js";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { transferCall } from "../../../neo-express/driver/gas-transfer.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { NO_WITNESS } from "../../harness/sender-name.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { PROBE_APP_ID } from "../../apps/base-probe/arbitraries.js";
import { ProbeCall, ProbeRead, ProbeSteps } from "../../apps/base-probe/probe-call.js";
import { BOUNDARY_APP_IDS, delay, deployCalledDirectly, privileged } from "../platform-arbitraries.js";
import { address, callOf, pickId, type PlatformSequence } from "../platform-sequence.js";

type Cmd = DifferentialCommand<PlatformSequence>;
type Call = ProbeCall<PlatformSequence>;

/** App ids: the fixture's two, one configured only by the sequence, the length boundary, and one never configured. */
const APP_IDS = [PROBE_APP_ID, FOREIGN_APP_ID, "miniapp-new", ...BOUNDARY_APP_IDS, "miniapp-unknown"] as const;
const appId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(PROBE_APP_ID, FOREIGN_APP_ID, "miniapp-new") }, { weight: 2, arbitrary: fc.constantFrom(...APP_IDS) });
const payer = fc.constantFrom("u1", "u2", "u4");

/** Splits for configureApp: honest ones (remainders, a zero share, a contract recipient, 16 recipients) and one per refusal. */
const SPLITS: readonly { label: string; recipients: readonly string[]; shares: readonly bigint[] }[] = [
  { label: "treasury 100%", recipients: ["treasury"], shares: [10_000n] },
  { label: "u1 33.33%, u2 66.67%", recipients: ["u1", "u2"], shares: [3_333n, 6_667n] },
  { label: "u1 0%, probe 100%", recipients: ["u1", "probe"], shares: [0n, 10_000n] },
  { label: "thirds", recipients: ["u1", "u2", "u4"], shares: [3_333n, 3_333n, 3_333n + 1n] },
  { label: "16 × 6.25%", recipients: Array(16).fill("u2"), shares: Array(16).fill(625n) },
  { label: "length mismatch", recipients: ["u1", "u2"], shares: [10_000n] },
  { label: "no recipients", recipients: [], shares: [] },
  { label: "17 recipients", recipients: Array(17).fill("u1"), shares: [10_000n, ...Array(16).fill(0n)] },
  { label: "zero recipient", recipients: ["u1", "zero"], shares: [5_000n, 5_000n] },
  { label: "negative share", recipients: ["u1", "u2"], shares: [-1n, 10_001n] },
  { label: "sum 9999", recipients: ["u1"], shares: [9_999n] },
];

const short = (id: string) => (id.length > 16 ? `${id.slice(0, 6)}…(${Buffer.byteLength(id)} bytes)` : JSON.stringify(id));

/** Remembers the receipt id of a HALTed payment (the model's PaymentReceived). */
const rememberReceipt = (m: PlatformSequence, o: Outcome) => {
  const id = o.state === "HALT" ? o.notifications.find((n) => n.eventName === "PaymentReceived" && n.contract === m.paymentHub)?.args[0] : undefined;
  if (id?.type === "Integer") m.receipts.push(id.value);
};

const pay = (u: string, amount: bigint, data: string | null, d: bigint | FlexibleDelay, token: "GAS" | "NEO" = "GAS"): Call =>
  new ProbeCall(`${token}.transfer(${u} → PaymentHub, ${amount}, ${data === null ? "null" : short(data)})`, u, d,
    (m, r) => transferCall(token, chainActor(r, u), m.paymentHub, amount, data === null ? arg.any() : arg.str(data)), rememberReceipt);

const withdraw = (s: string, id: string, d: bigint | FlexibleDelay): Call => new ProbeCall(`withdraw(${short(id)})`, s, d, (m) => callOf(m, "paymentHub", "withdraw", arg.str(id)));

/**
 * Generators of PaymentHub sequences (platform.md §1, PH-P1…P4): payments in GAS of honest and
 * hostile amounts and data, in NEO, and straight calls of onNEP17Payment; app configuration with
 * every refusal, at the 63/64-byte boundary, disabling and re-enabling; withdrawals by the owner,
 * the admin, others and without a witness, with and without a balance; admin hand-over; update by
 * others; every getter.
 */
export function paymentHubCommands(): fc.Arbitrary<Cmd>[] {
  const amount = fc.oneof({ weight: 6, arbitrary: fc.bigInt({ min: 1n, max: 3_000_000_000n }) }, { weight: 1, arbitrary: fc.constantFrom(0n, 1n, -1n, 10_001n) });
  const data = fc.oneof({ weight: 8, arbitrary: appId }, { weight: 1, arbitrary: fc.constant(null) });
  const payments = fc.tuple(payer, amount, data, delay).map(([u, a, x, d]): Cmd => pay(u, a, x, d));
  const wrongToken = fc.oneof(
    fc.tuple(payer, fc.bigInt({ min: 0n, max: 3n }), appId, delay).map(([u, a, x, d]): Cmd => pay(u, a, x, d, "NEO")),
    fc.tuple(payer, fc.bigInt({ min: 0n, max: 100n }), appId, delay).map(([u, a, x, d]): Cmd =>
      new ProbeCall(`onNEP17Payment(${u}, ${a}, ${short(x)}) called directly`, u, d, (m, r) => callOf(m, "paymentHub", "onNEP17Payment", address(m, r, u), arg.int(a), arg.str(x)))),
  );
  const owner = fc.oneof({ weight: 4, arbitrary: fc.constant("treasury") }, { weight: 1, arbitrary: fc.constant("u1") }, { weight: 1, arbitrary: fc.constant("zero") });
  const configure = fc.tuple(privileged, fc.constantFrom(...APP_IDS), owner, fc.nat(SPLITS.length - 1), fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), delay)
    .map(([s, id, o, k, enabled, d]): Cmd => {
      const split = SPLITS[k]!;
      return new ProbeCall(`configureApp(${short(id)}, ${o}, ${split.label}, ${enabled})`, s, d, (m, r) => callOf(m, "paymentHub", "configureApp", arg.str(id), address(m, r, o),
        arg.array(split.recipients.map((x) => address(m, r, x))), arg.array(split.shares.map((x) => arg.int(x))), arg.bool(enabled)));
    });
  const withdrawer = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("treasury", "admin") }, { weight: 1, arbitrary: fc.constantFrom("u1", "u3", `admin${NO_WITNESS}`, `treasury${NO_WITNESS}`) });
  const withdrawals = fc.tuple(withdrawer, appId, delay).map(([s, id, d]): Cmd => withdraw(s, id, d));
  // Paid, then withdrawn at once: a withdrawal with a balance in every sequence that has one.
  const payThenWithdraw = fc.tuple(payer, fc.bigInt({ min: 1n, max: 3_000_000_000n }), fc.constantFrom(PROBE_APP_ID, FOREIGN_APP_ID, "miniapp-new"), withdrawer)
    .map(([u, a, id, s]): Cmd => new ProbeSteps(`pay ${a} to ${id}, then ${s} withdraws`, [pay(u, a, id, 1_000n), withdraw(s, id, 1_000n)]));
  // Disabled, paid ("app disabled"), enabled again.
  const disabled = fc.tuple(fc.constantFrom(PROBE_APP_ID, FOREIGN_APP_ID), payer, fc.bigInt({ min: 1n, max: 1_000_000_000n }))
    .map(([id, u, a]): Cmd => {
      const enable = (on: boolean) => new ProbeCall<PlatformSequence>(`configureApp(${id}, treasury, treasury 100%, ${on})`, "admin", 1_000n, (m, r) =>
        callOf(m, "paymentHub", "configureApp", arg.str(id), address(m, r, "treasury"), arg.array([address(m, r, "treasury")]), arg.array([arg.int(10_000n)]), arg.bool(on)));
      return new ProbeSteps(`${id} disabled, paid, enabled`, [enable(false), pay(u, a, id, 1_000n), enable(true)]);
    });
  // A hand-over is rare (its target is u3 in a quarter of them): most sequences keep ADMIN, some have a former admin.
  const admin = fc.oneof(
    fc.tuple(privileged, fc.constantFrom("u3", "admin", "zero", "zero"), delay)
      .map(([s, to, d]): Cmd => new ProbeCall(`setAdmin(${to})`, s, d, (m, r) => callOf(m, "paymentHub", "setAdmin", address(m, r, to)))),
    fc.tuple(privileged, delay).map(([s, d]): Cmd => new ProbeCall("update(00, {})", s, d, (m) => callOf(m, "paymentHub", "update", arg.bytes("00"), arg.str("{}")))),
    // A real update with the hub's own code: its _deploy(null, true) runs (issue #15).
    fc.tuple(privileged, delay).map(([s, d]): Cmd => new ProbeCall("update(own code)", s, d, (m) => callOf(m, "paymentHub", "update", arg.bytes(m.code.paymentHub.nef), arg.str(m.code.paymentHub.manifest)))),
  );
  const reads = fc.tuple(fc.constantFrom(...APP_IDS), fc.nat(3)).map(([id, pick]): Cmd => new ProbeRead<PlatformSequence>(`hub(${short(id)})`, (m) => [
    callOf(m, "paymentHub", "admin"), callOf(m, "paymentHub", "getApp", arg.str(id)), callOf(m, "paymentHub", "getAppBalance", arg.str(id)),
    callOf(m, "paymentHub", "getReceipt", arg.int(pickId(m.receipts, pick))),
  ]));
  // fast-check picks among these uniformly: repeating one raises its weight.
  // ADMIN's split and address refusals once each (issue #15: each SPLITS row is one of twelve, so
  // "invalid recipient", "split length mismatch" and "invalid share" came 3–4 times in 100 sequences).
  const refusal = (id: string, label: string) => {
    const split = SPLITS.find((x) => x.label === label)!;
    return new ProbeCall<PlatformSequence>(`configureApp(${short(id)}, treasury, ${label}, true)`, "admin", 1_000n, (m, r) => callOf(m, "paymentHub", "configureApp", arg.str(id),
      address(m, r, "treasury"), arg.array(split.recipients.map((x) => address(m, r, x))), arg.array(split.shares.map((x) => arg.int(x))), arg.bool(true)));
  };
  const refusals = fc.constantFrom(...APP_IDS).map((id): Cmd => new ProbeSteps<PlatformSequence>(`split and address refusals (${short(id)})`, [
    ...["zero recipient", "length mismatch", "negative share"].map((label) => refusal(id, label)),
    new ProbeCall<PlatformSequence>("setAdmin(zero)", "admin", 1_000n, (m, r) => callOf(m, "paymentHub", "setAdmin", address(m, r, "zero"))),
  ]));
  // A split with a zero share, paid and withdrawn: withdraw skips the recipient whose part is 0
  // (drawn from SPLITS alone, the configuration and a later withdrawal seldom met).
  const zeroShare = fc.tuple(payer, fc.bigInt({ min: 1n, max: 1_000_000_000n })).map(([u, a]): Cmd => new ProbeSteps<PlatformSequence>(`zero share: configure ${FOREIGN_APP_ID}, pay ${a}, withdraw`, [
    new ProbeCall<PlatformSequence>(`configureApp(${FOREIGN_APP_ID}, treasury, u1 0%, treasury 100%)`, "admin", 1_000n, (m, r) => callOf(m, "paymentHub", "configureApp", arg.str(FOREIGN_APP_ID),
      address(m, r, "treasury"), arg.array([address(m, r, "u1"), address(m, r, "treasury")]), arg.array([arg.int(0n), arg.int(10_000n)]), arg.bool(true))),
    pay(u, a, FOREIGN_APP_ID, 1_000n), withdraw("admin", FOREIGN_APP_ID, 1_000n),
  ]));
  return [payments, payments, payments, payThenWithdraw, payThenWithdraw, wrongToken, configure, configure, configure, disabled, withdrawals, admin, reads, deployCalledDirectly("paymentHub"), refusals, zeroShare];
}
