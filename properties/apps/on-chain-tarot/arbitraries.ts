import fc from "fast-check";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { APP_ID, SCRIPT_NAME } from "../../../simulator/apps/on-chain-tarot/constants.js";
import { CALCULATE_CARDS_TEXT } from "../../../simulator/apps/on-chain-tarot/calculate-cards-script.js";
import { scriptHashOf } from "../../../simulator/tee/script-registry.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { baseCalls } from "../../patterns/base-calls/base-calls.js";
import { CallStep, Steps } from "../../patterns/call-step/call-step.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { Pay } from "../../patterns/pay-then-act/pay-command.js";
import type { ReceiptChoice } from "../../patterns/pay-then-act/receipt-choice.js";
import { scriptDisabledWindow } from "../../patterns/two-phase/script-window.js";
import { RngFulfil as Fulfil, type RngAnswer as Answer } from "../../patterns/two-phase/rng-fulfil.js";
import { OpenReading, type Prepay, type ReadingArgs } from "./commands/open-reading.js";
import { readGetters, type GetterCall } from "./commands/read-getters.js";
import { ReadingFlow } from "./commands/reading-flow.js";
import { SettleReading, type Tamper } from "./commands/settle-reading.js";
import { TarotEquivalence } from "./equivalence.js";
import type { TarotSequence } from "./sequence-model.js";
import { settlePerturbation } from "./settle-perturbation.js";
import { openPerturbation } from "./open-perturbation.js";

/**
 * The generators of an OnChainTarot sequence (on-chain-tarot.md TA-P1…P6): paid readings of every
 * spread on both paths with the TEE and the RNG worker answering (cards, failures and refunds),
 * settlements honest and perturbed (TA-P2's rows), RCHK's bounds (question bytes 0/1/500/501, a
 * multi-byte question over 500 bytes with fewer than 500 characters, spread 0–5, category 0–6),
 * stale and foreign receipts (and A and RCPT as a table), the script disabled, substituted and
 * restored, pause, the legacy callback called directly, the getters, and the DevPack's admin
 * surface (base-calls). The spec names no time boundary: blocks come 1 ms to 2 min apart.
 */
export const USERS = ["u1", "u2", "u3"] as const;
const user = fc.constantFrom(...USERS);
type Cmd = DifferentialCommand<TarotSequence>;

const question = fc.oneof(
  { weight: 10, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => Buffer.byteLength(s) >= 1) },
  { weight: 3, arbitrary: fc.constantFrom("", "a".repeat(500), "a".repeat(501), "é".repeat(250), "é".repeat(251), "🔮".repeat(125), "x") },
);
const spread = fc.oneof({ weight: 8, arbitrary: fc.bigInt({ min: 1n, max: 4n }) }, { weight: 1, arbitrary: fc.constantFrom(0n, 5n, -1n) });
const category = fc.oneof({ weight: 6, arbitrary: fc.bigInt({ min: 1n, max: 5n }) }, { weight: 1, arbitrary: fc.constantFrom(0n, 6n) });
/** Mostly the honest receipt (the newest own), sometimes each hostile one (README §6: stale and foreign receipts). */
const receipt: fc.Arbitrary<ReceiptChoice> = fc.oneof(
  { weight: 5, arbitrary: fc.constant("own" as const) },
  { weight: 2, arbitrary: fc.constantFrom("zero" as const, "never-issued" as const, "never-issued" as const, "never-issued" as const, "other-payer" as const, "oldest-own" as const, "newest-other-payer" as const) },
);
const prepay: fc.Arbitrary<Prepay> = fc.oneof({ weight: 6, arbitrary: fc.constant("fee" as const) }, { weight: 2, arbitrary: fc.constant("none" as const) }, { weight: 4, arbitrary: fc.constantFrom("short" as const, "foreign" as const, "other-payer" as const) });
const delay = fc.oneof({ weight: 4, arbitrary: fc.bigInt({ min: 1n, max: 20_000n }) }, { weight: 1, arbitrary: fc.bigInt({ min: 20_001n, max: 120_000n }) });
const validQuestion = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => Buffer.byteLength(s) >= 1);

const answer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({ kind: "default" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "fail" as const }) },
  { weight: 2, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => ({ kind: "forced" as const, result: Buffer.from(b).toString("hex") })) },
);

const signerOf = (u: string) => fc.oneof({ weight: 12, arbitrary: fc.constant(u) }, { weight: 1, arbitrary: fc.constantFrom("u4", "admin") });
const adminSigner = fc.oneof({ weight: 6, arbitrary: fc.constant("admin") }, { weight: 1, arbitrary: fc.constant("u1") });
const small = fc.bigInt({ min: 1n, max: 20_000n });

const getter: fc.Arbitrary<GetterCall> = fc.oneof(
  fc.constantFrom(...(["getTarotConstants", "totalReadings", "isPaused"] as const)).map((method) => ({ method })),
  fc.record({ method: fc.constantFrom("getReading" as const, "getOperationSeed" as const), id: fc.bigInt({ min: -1n, max: 10n }) }),
  fc.record({ method: fc.constant("getUserReadingCount" as const), user: fc.constantFrom("u1", "u2", "u3", "u4") }),
  fc.record({ method: fc.constant("getSpreadCount" as const), spread: fc.bigInt({ min: -2n, max: 6n }) }),
  fc.record({ method: fc.constant("calculateCardsFromSeed" as const), seed: fc.uint8Array({ minLength: 0, maxLength: 64 }).map((b) => Buffer.from(b).toString("hex")), count: fc.bigInt({ min: -1n, max: 12n }) }),
);

const SUBSTITUTE_HASH = scriptHashOf(`${CALCULATE_CARDS_TEXT}\n// substituted`);

const adminCall = (signer: string, method: string, args: ReturnType<typeof arg.str>[], label: string, d: bigint): Cmd =>
  new CallStep<TarotSequence>(`${label} +${d}ms`, signer, () => d, (m) => ({ contract: m.app, method, args }));

export function tarotCommands(): fc.Arbitrary<Cmd>[] {
  const args = (u: string, s: fc.Arbitrary<string>): fc.Arbitrary<ReadingArgs> =>
    fc.record({ signer: s, user: fc.constant(u), question, spread, category, receipt, delayMs: delay });
  const flow = user.chain((u) => fc.tuple(fc.record({ signer: fc.constant(u), user: fc.constant(u), question: validQuestion, spread: fc.bigInt({ min: 1n, max: 4n }), category: fc.bigInt({ min: 1n, max: 5n }), receipt: fc.constant("own" as const), delayMs: delay }),
    fc.boolean(), answer, fc.constantFrom(0n, 0n, 1n, 3_000_000n)).map(([a, hybrid, ans, extra]): Cmd => new ReadingFlow(a, hybrid, ans, extra)));
  const fees = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(5_000_000n, 10_000_000n, 20_000_000n, 50_000_000n) }, { weight: 1, arbitrary: fc.constantFrom(4_999_999n, 9_999_999n, 49_999_999n, 100_000_000n) });
  const pay = fc.tuple(user, fees, small, fc.oneof({ weight: 8, arbitrary: fc.constant(APP_ID) }, { weight: 1, arbitrary: fc.constant(FOREIGN_APP_ID) }))
    .map(([u, a, d, app]): Cmd => new Pay<TarotSequence>(u, a, d, app, APP_ID));
  const open = (method: "initiateReading" | "requestReading") => user.chain((u) => fc.tuple(args(u, signerOf(u)), prepay).map(([a, p]): Cmd => new OpenReading(method, a, p)));
  // The script disabled for a while (TA-P2 "script disabled", initiateReading's "script not
  // registered"): a pending hybrid reading's honest settlement and a paid initiateReading in between.
  const window = fc.tuple(user, validQuestion, fc.bigInt({ min: 1n, max: 4n }), fc.nat(7), small).map(([u, q, s, pick, d]): Cmd => scriptDisabledWindow<TarotSequence>(`${u}, spread ${s}`, SCRIPT_NAME, [
    new SettleReading(2 * pick, "owner", "owner", "none", 1_000n),
    new OpenReading("initiateReading", { signer: u, user: u, question: q, spread: s, category: 1n, receipt: "own", delayMs: 1_000n }, "fee"),
  ], d));
  const tamper: fc.Arbitrary<Tamper> = fc.oneof({ weight: 6, arbitrary: fc.constant("none" as const) },
    { weight: 2, arbitrary: fc.constantFrom("other-hash" as const, "never-issued" as const, "change-card" as const, "swap" as const, "repeat" as const, "longer" as const, "shorter" as const, "rng-reading" as const) });
  const who = fc.oneof({ weight: 8, arbitrary: fc.constant(["owner", "owner"] as const) }, { weight: 1, arbitrary: fc.constantFrom(["owner", "u4"] as const, ["u4", "u4"] as const, ["u4", "owner"] as const) });
  const settle = fc.tuple(fc.nat(7), who, tamper, small).map(([pick, [s, u], t, d]): Cmd => new SettleReading(pick, s, u, t, d));
  const fulfil = fc.tuple(fc.nat(5), answer, small).map(([pick, a, d]): Cmd => new Fulfil<TarotSequence>(pick, a, d));
  const perturb = fc.tuple(fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]), fc.bigInt({ min: 1n, max: 4n }))
    .map(([[p, o], s]): Cmd => new FrontendPerturbation(settlePerturbation(p!, o!, s)));
  const equivalence = fc.tuple(user, validQuestion, fc.bigInt({ min: 1n, max: 4n }), fc.bigInt({ min: 1n, max: 5n }), fc.constantFrom("hybrid" as const, "legacy" as const))
    .map(([u, q, s, c, side]): Cmd => new TarotEquivalence(u, q, s, c, side));
  const script = fc.tuple(adminSigner, fc.constantFrom("disable", "enable", "substitute", "restore"), small).map(([s, what, d]): Cmd => {
    switch (what) {
      case "disable": return adminCall(s, "disableScript", [arg.str(SCRIPT_NAME)], "disableScript(calculate-cards)", d);
      case "enable": return adminCall(s, "enableScript", [arg.str(SCRIPT_NAME)], "enableScript(calculate-cards)", d);
      case "substitute": return adminCall(s, "registerScript", [arg.str(SCRIPT_NAME), arg.bytes(SUBSTITUTE_HASH)], "registerScript(calculate-cards, substituted hash)", d);
      default: return adminCall(s, "registerScript", [arg.str(SCRIPT_NAME), arg.bytes(scriptHashOf(CALCULATE_CARDS_TEXT))], "registerScript(calculate-cards, canonical hash)", d);
    }
  });
  const pause = fc.tuple(adminSigner, fc.boolean(), small).map(([s, on, d]): Cmd => adminCall(s, "setPaused", [arg.bool(on), arg.str(APP_ID)], `setPaused(${on})`, d));
  // PauseRegistry's global pause for a while (NP's "globally paused"): a paid reading and a settlement in between.
  const globalPause = fc.tuple(user, validQuestion, fc.bigInt({ min: 1n, max: 4n }), fc.boolean(), fc.nat(7), small).map(([u, q, s, hybrid, pick, d]): Cmd => new Steps<TarotSequence>(`globally paused window(${u}, spread ${s})`, [
    new CallStep<TarotSequence>("PauseRegistry.setGlobalPause(true)", "admin", () => d, (m) => ({ contract: m.pauseRegistry, method: "setGlobalPause", args: [arg.bool(true)] })),
    new OpenReading(hybrid ? "initiateReading" : "requestReading", { signer: u, user: u, question: q, spread: s, category: 1n, receipt: "own", delayMs: 1_000n }, "fee"),
    new SettleReading(2 * pick, "owner", "owner", "none", 1_000n),
    new CallStep<TarotSequence>("PauseRegistry.setGlobalPause(false)", "admin", () => 1_000n, (m) => ({ contract: m.pauseRegistry, method: "setGlobalPause", args: [arg.bool(false)] })),
  ]));
  // The legacy callback called directly, not by the gateway ("only gateway").
  const callback = fc.tuple(fc.constantFrom("u1", "tee", "admin"), fc.bigInt({ min: 1n, max: 4n }), small).map(([s, id, d]): Cmd =>
    adminCall(s, "onServiceCallback", [arg.int(id), arg.str(APP_ID), arg.str("rng"), arg.bool(true), arg.bytes("01"), arg.str("")], `onServiceCallback(${id}) not through the gateway`, d));
  const reads = fc.array(getter, { minLength: 1, maxLength: 4 }).map((g): Cmd => readGetters(g));
  // The DevPack's own surface (admin handover, pause, NEO sent to the app …), mixed in at a low weight.
  const base = baseCalls<TarotSequence>({
    appId: APP_ID,
    whilePaused: () => new OpenReading("initiateReading", { signer: "u1", user: "u1", question: "Paused?", spread: 1n, category: 1n, receipt: "own", delayMs: 1_000n }, "fee"),
  });
  // RCHK, A and RCPT as a table (the foreign, short, unknown and other payer's receipts, each fresh).
  const openTable = fc.tuple(fc.constantFrom("initiateReading" as const, "initiateReading" as const, "requestReading" as const), fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]), fc.bigInt({ min: 1n, max: 4n }))
    .map(([method, [u, o], s]): Cmd => new FrontendPerturbation(openPerturbation(method, u!, o!, s)));
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [flow, flow, flow, flow, pay, open("initiateReading"), open("initiateReading"), open("requestReading"), settle, settle, settle, fulfil, fulfil, perturb, equivalence, window, script, pause, globalPause, callback, reads, reads, base, base, base, openTable];
}
