import fc from "fast-check";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { APP_ID, SCRIPT_NAME } from "../../../simulator/apps/coin-flip/constants.js";
import { FLIP_COIN_TEXT } from "../../../simulator/apps/coin-flip/flip-coin-script.js";
import { scriptHashOf } from "../../../simulator/tee/script-registry.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { receiptChoice as receipt } from "../../patterns/pay-then-act/receipt-choice.js";
import { AdminCall } from "./commands/admin-call.js";
import type { Delay } from "./commands/delay.js";
import { Flip } from "./commands/flip.js";
import { Fulfil, type Answer } from "./commands/fulfil.js";
import { OpenBet } from "./commands/open-bet.js";
import { Pay } from "./commands/pay.js";
import { ReadGetters, type GetterCall } from "./commands/read-getters.js";
import { SettleBet, type Tamper } from "./commands/settle-bet.js";
import { Streak } from "./commands/streak.js";
import { CoinFlipEquivalence } from "./equivalence.js";
import { forcedResult } from "./forced-results.js";
import type { CoinFlipSequence } from "./sequence-model.js";
import { settlePerturbation } from "./settle-perturbation.js";

/**
 * The generators of a CoinFlip sequence (coin-flip.md CF-P1…P8, devpack.md DP-P4): paid bets on
 * both paths with the TEE and the RNG worker answering, settlements honest and perturbed, bet
 * limits hit on their time boundaries, the script disabled, substituted and restored, pause, and
 * the getters. Stakes stay within a world's 1,000 GAS per user and app (README §6).
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

/** Bet blocks: after the cooldown, inside it, or on its boundaries (DP-P4: B − 1 / B). */
const betDelay = (p: string): fc.Arbitrary<Delay> => fc.oneof(
  { weight: 6, arbitrary: fc.bigInt({ min: 30_000n, max: 90_000n }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 2, arbitrary: fc.bigInt({ min: 1n, max: 29_999n }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(1n as const, 5n as const), fc.constantFrom(-1n, 0n)).map(([factor, offset]) => ({ kind: "cooldown" as const, player: p, factor, offset })) },
  { weight: 1, arbitrary: fc.constantFrom(86_400_000n, 86_399_999n).map((ms) => ({ kind: "ms" as const, ms })) },
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

const SUBSTITUTE_HASH = scriptHashOf(`${FLIP_COIN_TEXT}\n// substituted`);

export function coinFlipCommands(): fc.Arbitrary<Cmd>[] {
  const flip = player.chain((p) => fc.tuple(amount, choice, fc.boolean(), betDelay(p)).chain(([a, c, hybrid, d]) => answer(c).map((ans): Cmd => new Flip(p, a, c, hybrid, d, ans))));
  const pay = fc.tuple(player, amount, small, fc.oneof({ weight: 8, arbitrary: fc.constant(APP_ID) }, { weight: 1, arbitrary: fc.constant(FOREIGN_APP_ID) }))
    .map(([u, a, d, app]): Cmd => new Pay(u, a, d, app));
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
      case "disable": return new AdminCall(s, "disableScript", [arg.str(SCRIPT_NAME)], "disableScript(flip-coin)", d);
      case "enable": return new AdminCall(s, "enableScript", [arg.str(SCRIPT_NAME)], "enableScript(flip-coin)", d);
      case "substitute": return new AdminCall(s, "registerScript", [arg.str(SCRIPT_NAME), arg.bytes(SUBSTITUTE_HASH)], "registerScript(flip-coin, substituted hash)", d);
      default: return new AdminCall(s, "registerScript", [arg.str(SCRIPT_NAME), arg.bytes(scriptHashOf(FLIP_COIN_TEXT))], "registerScript(flip-coin, canonical hash)", d);
    }
  });
  const admin = fc.tuple(adminSigner, fc.constantFrom("pause", "unpause", "tight", "default"), small).map(([s, what, d]): Cmd => {
    switch (what) {
      case "pause": return new AdminCall(s, "setPaused", [arg.bool(true), arg.str(APP_ID)], "setPaused(true)", d);
      case "unpause": return new AdminCall(s, "setPaused", [arg.bool(false), arg.str(APP_ID)], "setPaused(false)", d);
      case "tight": return new AdminCall(s, "setGameBetLimits", [arg.int(100_000_000n), arg.int(250_000_000n), arg.int(60_000n), arg.int(3n)], "setGameBetLimits(1 GAS, 2.5 GAS/day, 60 s, 3)", d);
      default: return new AdminCall(s, "setGameBetLimits", [arg.int(10_000_000_000n), arg.int(100_000_000_000n), arg.int(30_000n), arg.int(20n)], "setGameBetLimits(defaults)", d);
    }
  });
  // The legacy callback called directly, not by the gateway ("only gateway").
  const callback = fc.tuple(fc.constantFrom("u1", "tee", "admin"), fc.bigInt({ min: 1n, max: 4n }), small).map(([s, id, d]): Cmd =>
    new AdminCall(s, "onServiceCallback", [arg.int(id), arg.str(APP_ID), arg.str("rng"), arg.bool(true), arg.bytes("01"), arg.str("")], `onServiceCallback(${id}) not through the gateway`, d));
  const reads = fc.array(getter, { minLength: 1, maxLength: 4 }).map((g): Cmd => new ReadGetters(g));
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [flip, flip, flip, flip, pay, pay, bet(true), bet(true), bet(false), settle, settle, settle, fulfil, fulfil, perturb, equivalence, streak, script, admin, admin, callback, reads, reads];
}
