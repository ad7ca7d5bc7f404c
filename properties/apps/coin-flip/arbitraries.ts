import fc from "fast-check";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { APP_ID, SCRIPT_NAME } from "../../../simulator/apps/coin-flip/constants.js";
import { FLIP_COIN_TEXT } from "../../../simulator/apps/coin-flip/flip-coin-script.js";
import { scriptHashOf } from "../../../simulator/tee/script-registry.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { pickReceipt, receiptChoice as receipt } from "../../patterns/pay-then-act/receipt-choice.js";
import { PausedWindow } from "../../patterns/pause/paused-window.js";
import { baseCalls } from "../../patterns/base-calls/base-calls.js";
import { CallStep } from "../../patterns/call-step/call-step.js";
import { Pay } from "../../patterns/pay-then-act/pay-command.js";
import { betDelay } from "../../patterns/time-boundary/bet-delay.js";
import { BetRun } from "../../patterns/time-boundary/bet-run.js";
import { betPerturbation } from "./bet-perturbation.js";
import { scriptDisabledWindow } from "../../patterns/two-phase/script-window.js";
import { Flip } from "./commands/flip.js";
import { Fulfil, type Answer } from "./commands/fulfil.js";
import { betCall, OpenBet } from "./commands/open-bet.js";
import { ReadGetters, type GetterCall } from "./commands/read-getters.js";
import { SettleBet, type Tamper } from "./commands/settle-bet.js";
import { Streak } from "./commands/streak.js";
import { CoinFlipEquivalence } from "./equivalence.js";
import { forcedResult } from "./forced-results.js";
import type { CoinFlipSequence } from "./sequence-model.js";
import { settlePerturbation } from "./settle-perturbation.js";

/**
 * The generators of a CoinFlip sequence (coin-flip.md CF-P1…P8, devpack.md DP-P4): paid bets on
 * both paths with the TEE and the RNG worker answering, settlements honest and perturbed, BCHK and
 * RCPT as a table (fresh foreign, short, unknown and other payer's receipts), bet limits hit on
 * their time boundaries (the shared bet delays and bet run), the script disabled, substituted and
 * restored, pause, the getters, and the DevPack's admin surface (base-calls). Stakes stay within a
 * world's 1,000 GAS per user and app (README §6).
 */
export const PLAYERS = ["u1", "u2", "u3"] as const;
const player = fc.constantFrom(...PLAYERS);
const choice = fc.boolean();
type Cmd = DifferentialCommand<CoinFlipSequence>;

/** Stakes: mostly 0.1–2 GAS; the app's range and jackpot threshold at their edges. */
const amount = fc.oneof(
  { weight: 8, arbitrary: fc.bigInt({ min: 10_000_000n, max: 200_000_000n }) },
  { weight: 3, arbitrary: fc.constantFrom(9_999_999n, 10_000_000n, 99_999_999n, 100_000_000n, 5_000_000_000n, 5_000_000_001n) },
);

const answer = (c: boolean): fc.Arbitrary<Answer> => fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: "default" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "fail" as const }) },
  { weight: 3, arbitrary: fc.constantFrom("win" as const, "lose" as const, "jackpot" as const).map((k) => ({ kind: "forced" as const, result: forcedResult(c, k) })) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => ({ kind: "forced" as const, result: Buffer.from(b).toString("hex") })) },
);

const signerOf = (p: string) => fc.oneof({ weight: 12, arbitrary: fc.constant(p) }, { weight: 1, arbitrary: fc.constantFrom("u4", "admin") });
const adminSigner = fc.oneof({ weight: 6, arbitrary: fc.constant("admin") }, { weight: 1, arbitrary: fc.constant("u1") });
const small = fc.bigInt({ min: 1n, max: 20_000n });

const getter: fc.Arbitrary<GetterCall> = fc.oneof(
  fc.constantFrom(...(["getFlipScriptInfo", "getBetCount", "getTotalWagered", "getTotalPaid", "getJackpotPool", "getGameBetLimits", "isPaused"] as const)).map((method) => ({ method })),
  fc.record({ method: fc.constant("getBet" as const), betId: fc.bigInt({ min: -1n, max: 8n }) }),
  fc.record({ method: fc.constant("getOperationSeed" as const), betId: fc.bigInt({ min: 0n, max: 8n }) }),
  fc.record({ method: fc.constantFrom("getPlayerStats" as const, "getGamePlayerDailyBet" as const, "getGamePlayerLastBetTime" as const, "getGamePlayerBetCount" as const), player }),
  fc.record({ method: fc.constant("calculateExpectedResult" as const), seed: fc.uint8Array({ minLength: 0, maxLength: 64 }).map((b) => Buffer.from(b).toString("hex")), choice }),
);

/** A plain transaction on the app (script registry, pause, bet limits, the callback called directly). */
const AdminCall = (signer: string, method: string, args: ReturnType<typeof arg.str>[], label: string, d: bigint): Cmd =>
  new CallStep<CoinFlipSequence>(`${label} +${d}ms`, signer, () => d, (m) => ({ contract: m.app, method, args }));

/** The app's counters and script info as a frontend's dashboard reads them. */
const COUNTERS = ["getBetCount", "getTotalWagered", "getTotalPaid", "getJackpotPool", "getFlipScriptInfo"] as const;

const SUBSTITUTE_HASH = scriptHashOf(`${FLIP_COIN_TEXT}\n// substituted`);

export function coinFlipCommands(): fc.Arbitrary<Cmd>[] {
  const flip = player.chain((p) => fc.tuple(amount, choice, fc.boolean(), betDelay(p)).chain(([a, c, hybrid, d]) => answer(c).map((ans): Cmd => new Flip(p, a, c, hybrid, d, ans))));
  const pay = fc.tuple(player, amount, small, fc.oneof({ weight: 8, arbitrary: fc.constant(APP_ID) }, { weight: 1, arbitrary: fc.constant(FOREIGN_APP_ID) }))
    .map(([u, a, d, app]): Cmd => new Pay<CoinFlipSequence>(u, a, d, app, APP_ID));
  const bet = (hybrid: boolean) => player.chain((p) => fc.tuple(signerOf(p), amount, choice, receipt, betDelay(p))
    .map(([s, a, c, rc, d]): Cmd => new OpenBet(hybrid ? "initiateBet" : "placeBet", { signer: s, player: p, amount: a, choice: c, receipt: rc, delay: d })));
  const tamper: fc.Arbitrary<Tamper> = fc.oneof({ weight: 6, arbitrary: fc.constant("none" as const) }, { weight: 1, arbitrary: fc.constantFrom("flip-claim" as const, "other-hash" as const, "never-issued" as const) });
  const settle = fc.tuple(fc.nat(7), fc.oneof({ weight: 8, arbitrary: fc.constant(["owner", "owner"] as const) }, { weight: 1, arbitrary: fc.constantFrom(["owner", "u4"] as const, ["u4", "u4"] as const, ["u4", "owner"] as const) }), tamper, small)
    .map(([pick, [s, p], t, d]): Cmd => new SettleBet(pick, s, p, t, d));
  const fulfil = fc.tuple(fc.nat(5), choice, small).chain(([pick, c, d]) => answer(c).map((a): Cmd => new Fulfil(pick, a, d)));
  const perturb = fc.tuple(fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]), fc.bigInt({ min: 10_000_000n, max: 150_000_000n }), choice)
    .map(([[p, o], a, c]): Cmd => new FrontendPerturbation(settlePerturbation(p!, o!, a, c)));
  const equivalence = fc.tuple(player, amount, choice, fc.constantFrom("hybrid" as const, "legacy" as const)).map(([p, a, c, side]): Cmd => new CoinFlipEquivalence(p, a, c, side));
  const streak = fc.tuple(player, fc.integer({ min: 3, max: 12 }), fc.bigInt({ min: 10_000_000n, max: 120_000_000n })).map(([p, n, a]): Cmd => new Streak(p, n, a));
  const script = fc.tuple(adminSigner, fc.constantFrom("disable", "enable", "substitute", "restore"), small).map(([s, what, d]): Cmd => {
    switch (what) {
      case "disable": return AdminCall(s, "disableScript", [arg.str(SCRIPT_NAME)], "disableScript(flip-coin)", d);
      case "enable": return AdminCall(s, "enableScript", [arg.str(SCRIPT_NAME)], "enableScript(flip-coin)", d);
      case "substitute": return AdminCall(s, "registerScript", [arg.str(SCRIPT_NAME), arg.bytes(SUBSTITUTE_HASH)], "registerScript(flip-coin, substituted hash)", d);
      default: return AdminCall(s, "registerScript", [arg.str(SCRIPT_NAME), arg.bytes(scriptHashOf(FLIP_COIN_TEXT))], "registerScript(flip-coin, canonical hash)", d);
    }
  });
  const admin = fc.tuple(adminSigner, fc.constantFrom("pause", "unpause", "tight", "default"), small).map(([s, what, d]): Cmd => {
    switch (what) {
      case "pause": return AdminCall(s, "setPaused", [arg.bool(true), arg.str(APP_ID)], "setPaused(true)", d);
      case "unpause": return AdminCall(s, "setPaused", [arg.bool(false), arg.str(APP_ID)], "setPaused(false)", d);
      case "tight": return AdminCall(s, "setGameBetLimits", [arg.int(100_000_000n), arg.int(250_000_000n), arg.int(60_000n), arg.int(3n)], "setGameBetLimits(1 GAS, 2.5 GAS/day, 60 s, 3)", d);
      default: return AdminCall(s, "setGameBetLimits", [arg.int(10_000_000_000n), arg.int(100_000_000_000n), arg.int(30_000n), arg.int(20n)], "setGameBetLimits(defaults)", d);
    }
  });
  // The legacy callback called directly, not by the gateway ("only gateway").
  const callback = fc.tuple(fc.constantFrom("u1", "tee", "admin"), fc.bigInt({ min: 1n, max: 4n }), small).map(([s, id, d]): Cmd =>
    AdminCall(s, "onServiceCallback", [arg.int(id), arg.str(APP_ID), arg.str("rng"), arg.bool(true), arg.bytes("01"), arg.str("")], `onServiceCallback(${id}) not through the gateway`, d));
  const reads = fc.array(getter, { minLength: 1, maxLength: 4 }).map((g): Cmd => new ReadGetters(g));
  // PauseRegistry's pause of the app or of every app, with both bets in between (NP's "globally paused").
  const registryPause = fc.tuple(fc.constantFrom("registry-app" as const, "registry-global" as const), player, amount, choice).map(([kind, p, a, c]): Cmd =>
    new PausedWindow<CoinFlipSequence>(kind, APP_ID, (m) => [
      { call: betCall(m, "initiateBet", p, a, c, pickReceipt(m, p, "own")), sender: p },
      { call: betCall(m, "placeBet", p, a, c, pickReceipt(m, p, "own")), sender: p },
    ], `bets(${p}, ${a})`));
  // A frontend's dashboard after a bet: every counter at once.
  const counters = fc.constant(new ReadGetters(COUNTERS.map((method) => ({ method }))));
  // BCHK and RCPT as a table (the foreign, short, unknown and other payer's receipts, each fresh).
  const betTable = fc.tuple(fc.constantFrom("initiateBet" as const, "initiateBet" as const, "placeBet" as const), fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]), fc.bigInt({ min: 10_000_000n, max: 150_000_000n }), choice)
    .map(([method, [p, o], a, c]): Cmd => new FrontendPerturbation(betPerturbation(method, p!, o!, a, c)));
  // DP-P4 on the bets: tight limits, four bets a cooldown apart ("max consecutive bets reached"), the 5 × cooldown pair;
  // sometimes stakes over the tight 1 GAS maximum ("bet exceeds maximum" each time).
  const runStake = fc.oneof({ weight: 5, arbitrary: fc.bigInt({ min: 10_000_000n, max: 60_000_000n }) }, { weight: 1, arbitrary: fc.bigInt({ min: 100_000_001n, max: 200_000_000n }) });
  const betRun = fc.tuple(player, runStake, choice, fc.boolean(), fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }), { minLength: 4, maxLength: 4 }))
    .map(([p, a, c, hybrid, early]): Cmd => new BetRun<CoinFlipSequence>(p, early, (d) => new Flip(p, a, c, hybrid, d, { kind: "default" }), `${p}, ${a}, ${hybrid ? "hybrid" : "legacy"}`));
  // The DevPack's own surface (admin handover, refusals, pause, tight limits, NEO sent to the app), mixed in at a low weight.
  const base = baseCalls<CoinFlipSequence>({
    appId: APP_ID,
    betLimits: "setGameBetLimits",
    whilePaused: () => new Flip("u1", 20_000_000n, true, true, { kind: "ms", ms: 1_000n }, { kind: "default" }),
  });
  // flip-coin disabled for a while: a hybrid bet's honest settlement ("script disabled") and a paid initiateBet ("script not registered") in between.
  const window = fc.tuple(player, fc.bigInt({ min: 10_000_000n, max: 150_000_000n }), choice, fc.nat(7), small).map(([p, a, c, pick, d]): Cmd => scriptDisabledWindow<CoinFlipSequence>(`${p}, ${a}`, SCRIPT_NAME, [
    new SettleBet(pick, "owner", "owner", "none", 1_000n),
    new Flip(p, a, c, true, { kind: "ms", ms: 1_000n }, { kind: "default" }),
  ], d));
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [flip, flip, flip, flip, pay, pay, bet(true), bet(true), bet(false), settle, settle, settle, fulfil, fulfil, perturb, equivalence, streak, script, admin, admin, callback, reads, reads, betTable, betRun, window, counters, registryPause, base, base, base];
}
