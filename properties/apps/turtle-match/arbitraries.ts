import fc from "fast-check";
import { arg, type AbiArg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID, BLINDBOX_PRICE, SCRIPT_NAME } from "../../../simulator/apps/turtle-match/constants.js";
import { TURTLE_MATCH_LOGIC_TEXT } from "../../../simulator/apps/turtle-match/turtle-match-logic-script.js";
import { scriptHashOf } from "../../../simulator/tee/script-registry.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { accountDisplay } from "../../patterns/app-sequence/app-sequence.js";
import { ReadStep } from "../../patterns/call-step/call-step.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { PausedWindow } from "../../patterns/pause/paused-window.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { plain } from "./commands/game-delay.js";
import type { ReceiptChoice } from "../../patterns/pay-then-act/receipt-choice.js";
import { betDelay } from "../../patterns/time-boundary/bet-delay.js";
import { baseCalls } from "../../patterns/base-calls/base-calls.js";
import { Play } from "./commands/play.js";
import { SettleGame, TAMPERS, type Tamper } from "./commands/settle-game.js";
import { StartGame, startCall } from "./commands/start-game.js";
import type { TurtleSequence } from "./sequence-model.js";
import { settlePerturbation } from "./settle-perturbation.js";
import { startPerturbation } from "./start-perturbation.js";
import { SettleUnderScript } from "./commands/settle-under-script.js";
import { turtleBetRun } from "./commands/bet-run.js";

/**
 * The generators of a TurtleMatch sequence (turtle-match.md TM-P1…P8, devpack.md DP-P4): honest
 * games of 3–20 boxes, single starts with every receipt (stale, foreign, none) and box counts
 * around the bounds, settlements honest and tampered (TM-P2's rows), the perturbation table, bet
 * limits on their time boundaries, the script disabled / substituted / restored, pause, the
 * getters (and the counters at once), and the DevPack's admin surface (base-calls). Payments stay
 * within a world's 1,000 GAS per user (README §6).
 */
export const PLAYERS = ["u1", "u2", "u3"] as const;
const player = fc.constantFrom(...PLAYERS);
type Cmd = DifferentialCommand<TurtleSequence>;

/** Box counts: every honest count 3–20, and the ones around the bounds (TM-P1, "invalid box count"). */
const boxes = fc.bigInt({ min: 3n, max: 20n });
const anyBoxes = fc.oneof({ weight: 6, arbitrary: boxes }, { weight: 2, arbitrary: fc.constantFrom(-1n, 0n, 1n, 2n, 21n, 100n) });

/** The receipt a single start presents: the honest one, or often a hostile one (RCPT's messages, README §6 stale receipts). */
const receipt: fc.Arbitrary<ReceiptChoice> = fc.oneof(
  { weight: 4, arbitrary: fc.constant("own" as const) },
  { weight: 3, arbitrary: fc.constantFrom("zero" as const, "never-issued" as const, "other-payer" as const, "oldest-own" as const, "newest-other-payer" as const) },
);

const signerOf = (p: string) => fc.oneof({ weight: 12, arbitrary: fc.constant(p) }, { weight: 1, arbitrary: fc.constantFrom("u4", "admin") });
const adminSigner = fc.oneof({ weight: 6, arbitrary: fc.constant("admin") }, { weight: 1, arbitrary: fc.constant("u1") });
const small = fc.bigInt({ min: 1n, max: 20_000n });
const seedBytes = fc.oneof(
  { weight: 3, arbitrary: fc.uint8Array({ minLength: 32, maxLength: 32 }) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 0, maxLength: 64 }) },
).map((b) => Buffer.from(b).toString("hex"));

const SUBSTITUTE_HASH = scriptHashOf(`${TURTLE_MATCH_LOGIC_TEXT}\n// substituted`);
const CANONICAL_HASH = scriptHashOf(TURTLE_MATCH_LOGIC_TEXT);

/** One safe getter (G6) with arguments from its domain, built at run time. */
type Getter = (m: TurtleSequence) => ContractCall;
const call = (method: string, ...args: AbiArg[]) => (m: TurtleSequence): ContractCall => ({ contract: m.app, method, args });
const getter: fc.Arbitrary<Getter> = fc.oneof(
  fc.constantFrom("getTurtleConstants", "getBlindboxPrice", "getSessionCount", "getTotalBoxes", "getTotalMatches", "getTotalPaid", "getGameBetLimits", "isPaused").map((m) => call(m)),
  fc.bigInt({ min: -1n, max: 8n }).map((id) => call("getSession", arg.int(id))),
  fc.bigInt({ min: 0n, max: 8n }).map((id) => call("getOperationSeed", arg.int(id))),
  fc.bigInt({ min: -2n, max: 9n }).map((c) => call("getColorReward", arg.int(c))),
  fc.tuple(seedBytes, fc.oneof({ weight: 4, arbitrary: fc.bigInt({ min: 1n, max: 20n }) }, { weight: 1, arbitrary: fc.constantFrom(-1n, 0n, 21n) }))
    .map(([seed, n]) => call("calculateGameResult", arg.bytes(seed), arg.int(n))),
  fc.tuple(fc.constantFrom("getPlayerSessionCount", "getGamePlayerDailyBet", "getGamePlayerLastBetTime", "getGamePlayerBetCount"), fc.constantFrom(...PLAYERS, "u4"))
    .map(([method, p]) => (m: TurtleSequence) => ({ contract: m.app, method, args: [arg.hash160(accountDisplay(m, p))] })),
  fc.constantFrom("getScriptInfo", "getScriptHash", "isScriptEnabled", "getScriptVersion").map((m) => call(m, arg.str(SCRIPT_NAME))),
);

/** The app's counters as a frontend's dashboard reads them. */
const COUNTERS = ["getSessionCount", "getTotalBoxes", "getTotalMatches", "getTotalPaid", "getBlindboxPrice"] as const;

/** ADMIN's call (or another signer's): no time in it, a plain delay that may share a block. */
const admin = (signer: string, label: string, method: string, args: AbiArg[], delay: bigint): Cmd => ({
  check: () => true,
  run: async (m, r) => {
    await r.transaction({ contract: m.app, method, args }, signer, plain(delay), label);
    m.time = r.time;
  },
  toString: () => `${signer}: ${label}`,
});

/** A payment (README §6): a plain delay that may share a block. */
const payment = (u: string, amount: bigint, delay: bigint, appId: string): Cmd => ({
  check: () => true,
  run: async (m, r) => void (await payReceipt(m, r, u, amount, plain(delay), appId)),
  toString: () => `pay(${u}, ${amount}, +${delay}ms${appId === APP_ID ? "" : `, ${appId}`})`,
});

export function turtleMatchCommands(): fc.Arbitrary<Cmd>[] {
  const play = player.chain((p) => fc.tuple(boxes, fc.oneof({ weight: 5, arbitrary: fc.constant(0n) }, { weight: 1, arbitrary: fc.bigInt({ min: 1n, max: 5_000_000n }) }), betDelay(p))
    .map(([n, extra, d]): Cmd => new Play(p, n, extra, d)));
  const pay = fc.tuple(player, anyBoxes, fc.constantFrom(-1n, 0n, 0n, 0n, 1_000n), small, fc.oneof({ weight: 8, arbitrary: fc.constant(APP_ID) }, { weight: 1, arbitrary: fc.constant(FOREIGN_APP_ID) }))
    .map(([u, n, off, d, app]): Cmd => payment(u, (n > 0n ? n : 3n) * BLINDBOX_PRICE + off, d, app));
  const start = player.chain((p) => fc.tuple(signerOf(p), anyBoxes, receipt, betDelay(p))
    .map(([s, n, rc, d]): Cmd => new StartGame({ signer: s, player: p, boxCount: n, receipt: rc, delay: d })));
  const tamper: fc.Arbitrary<Tamper> = fc.oneof({ weight: 5, arbitrary: fc.constant("none" as const) }, { weight: 4, arbitrary: fc.constantFrom(...TAMPERS.filter((t) => t !== "none")) });
  const who = fc.oneof({ weight: 8, arbitrary: fc.constant(["owner", "owner"] as const) }, { weight: 2, arbitrary: fc.constantFrom(["owner", "u4"] as const, ["u4", "u4"] as const, ["u4", "owner"] as const) });
  const settle = fc.tuple(fc.nat(7), who, tamper, small).map(([pick, [s, p], t, d]): Cmd => new SettleGame(pick, s, p, t, d));
  const perturb = fc.tuple(fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]), boxes)
    .map(([[p, o], n]): Cmd => new FrontendPerturbation(settlePerturbation(p!, o!, n)));
  const perturbStart = fc.tuple(fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]), boxes)
    .map(([[p, o], n]): Cmd => new FrontendPerturbation(startPerturbation(p!, o!, n)));
  const script = fc.tuple(adminSigner, fc.constantFrom("disable", "enable", "substitute", "restore"), small).map(([s, what, d]): Cmd => {
    switch (what) {
      case "disable": return admin(s, `disableScript(${SCRIPT_NAME})`, "disableScript", [arg.str(SCRIPT_NAME)], d);
      case "enable": return admin(s, `enableScript(${SCRIPT_NAME})`, "enableScript", [arg.str(SCRIPT_NAME)], d);
      case "substitute": return admin(s, `registerScript(${SCRIPT_NAME}, substituted hash)`, "registerScript", [arg.str(SCRIPT_NAME), arg.bytes(SUBSTITUTE_HASH)], d);
      default: return admin(s, `registerScript(${SCRIPT_NAME}, canonical hash)`, "registerScript", [arg.str(SCRIPT_NAME), arg.bytes(CANONICAL_HASH)], d);
    }
  });
  // An open session settled while the script is disabled or substituted on chain, then restored (TM-P4's VSH rows).
  const underScript = fc.tuple(fc.constantFrom("disabled" as const, "substituted" as const), player, boxes).map(([how, p, n]): Cmd => new SettleUnderScript(how, p, n, SUBSTITUTE_HASH, CANONICAL_HASH));
  const limits = fc.tuple(adminSigner, fc.constantFrom("tight", "default"), small).map(([s, what, d]): Cmd => what === "tight"
    ? admin(s, "setGameBetLimits(1 GAS, 2.5 GAS/day, 60 s, 3)", "setGameBetLimits", [arg.int(100_000_000n), arg.int(250_000_000n), arg.int(60_000n), arg.int(3n)], d)
    : admin(s, "setGameBetLimits(defaults)", "setGameBetLimits", [arg.int(10_000_000_000n), arg.int(100_000_000_000n), arg.int(30_000n), arg.int(20n)], d));
  const pause = fc.tuple(fc.constantFrom("local" as const, "registry-app" as const, "registry-global" as const), player, boxes).map(([kind, p, n]): Cmd =>
    new PausedWindow<TurtleSequence>(kind, APP_ID, (m) => [
      { call: startCall(m, p, n, m.receipts.filter((x) => x.payer === p).at(-1)?.id ?? 0n), sender: p },
    ], `startGame(${p}, ${n})`));
  const betRun = fc.tuple(player, fc.bigInt({ min: 3n, max: 8n }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 })).map(([p, n, early]): Cmd => turtleBetRun(p, n, early));
  const reads = fc.array(getter, { minLength: 1, maxLength: 4 }).map((g): Cmd => new ReadStep<TurtleSequence>(`${g.length} getters`, (m) => g.map((f) => f(m))));
  // A frontend's dashboard after a game: every counter at once.
  const counters = fc.constant(new ReadStep<TurtleSequence>("counters", (m) => COUNTERS.map((method) => call(method)(m))));
  // The DevPack's own surface (admin handover, refusals, pause, tight limits, NEO sent to the app), mixed in at a low weight.
  const base = baseCalls<TurtleSequence>({
    appId: APP_ID,
    betLimits: "setGameBetLimits",
    whilePaused: () => new Play("u1", 3n, 0n, { kind: "ms", ms: 1_000n }),
  });
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [play, play, play, play, pay, pay, start, start, start, betRun, settle, settle, settle, perturb, perturb, perturbStart, script, underScript, limits, pause, reads, reads, counters, base];
}


