import fc from "fast-check";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { receiptChoice as receipt } from "../../patterns/pay-then-act/receipt-choice.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { Equivalence } from "../../patterns/equivalence/equivalence-command.js";
import { DAY } from "../../../simulator/bases/mini-app-base.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import type { DailySequence } from "./sequence-model.js";
import type { Delay } from "./commands/delay.js";
import { Pay } from "./commands/pay.js";
import { CheckIn } from "./commands/check-in.js";
import { CheckInWithCalculation, type Tamper } from "./commands/check-in-with-calculation.js";
import { DailyCheckIn } from "./commands/daily-check-in.js";
import { StreakRun } from "./commands/streak-run.js";
import { ClaimRewards } from "./commands/claim-rewards.js";
import { ReadGetters, type GetterCall } from "./commands/read-getters.js";
import { dailyFrontendPattern } from "./frontend-perturbation.js";
import { dailyCheckInPair } from "./equivalence.js";
import { PausedWindow } from "../../patterns/pause/paused-window.js";
import { APP_ID } from "../../../simulator/apps/daily-checkin/constants.js";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";

/** The user calls made while paused: a check-in of each kind and a claim, in turn (receipt: the newest). */
function pausedCalls(m: DailySequence, r: DifferentialRun, u: string, n: number) {
  const who = arg.hash160(chainActor(r, u).scriptHash);
  const receipt = arg.int(m.receipts.filter((x) => x.payer === u).at(-1)?.id ?? 1n);
  const calls = [
    { contract: m.app, method: "checkIn", args: [who, receipt] },
    { contract: m.app, method: "checkInWithCalculation", args: [who, receipt, arg.int(1), arg.int(0), arg.bool(false)] },
    { contract: m.app, method: "claimRewards", args: [who] },
  ];
  return calls.slice(0, n).map((call) => ({ call, sender: u }));
}

/**
 * The generators of a DailyCheckin sequence (daily-checkin.md DC-P1…P7). Several users; block
 * times by plain delays (within a day, across one, across several) and by the day boundaries of
 * DC-P4 relative to the user's LastDay L: (L+1)·DAY − 1, (L+1)·DAY, (L+2)·DAY − 1, (L+2)·DAY.
 * A run's rewards stay far inside the app's funding (≤ one 30-day streak per sequence).
 */
export const USERS = ["u1", "u2", "u3"] as const;
const user = fc.constantFrom(...USERS);

export const delay: fc.Arbitrary<Delay> = fc.oneof(
  { weight: 6, arbitrary: fc.bigInt({ min: 1n, max: 60_000n }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 2, arbitrary: fc.bigInt({ min: DAY / 2n, max: 3n * DAY }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(1n, 2n), fc.constantFrom(-1n, 0n)).map(([days, offset]) => ({ kind: "day" as const, days, offset })) },
);

const signerOf = (u: fc.Arbitrary<string>) => u.chain((p) => fc.oneof({ weight: 12, arbitrary: fc.constant(p) }, { weight: 1, arbitrary: fc.constantFrom("u4", "admin") }).map((s) => [s, p] as const));
const tamper: fc.Arbitrary<Tamper> = fc.oneof({ weight: 8, arbitrary: fc.constant("none" as const) }, { weight: 3, arbitrary: fc.constantFrom("flip-reset" as const, "streak+1" as const, "streak-1" as const, "reward+1" as const) });

const getter: fc.Arbitrary<GetterCall> = fc.oneof(
  fc.constantFrom(...(["totalUsers", "totalCheckins", "totalRewarded", "isPaused"] as const)).map((method) => ({ method })),
  fc.record({ method: fc.constantFrom("getCheckInStateForFrontend" as const, "getUserState" as const), user: fc.constantFrom(...USERS, "u5", "zero") }),
  fc.record({ method: fc.constant("isReceiptUsed" as const), receiptId: fc.bigInt({ min: 0n, max: 12n }) }),
);

export function dailyCommands(): fc.Arbitrary<DifferentialCommand<DailySequence>>[] {
  const pairOf = fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]);
  // DC-P2 and DC-P7: the perturbation table from the current state.
  const perturb = fc.tuple(pairOf, fc.bigInt({ min: 2n, max: 400n })).map(([[u, other], k]) => new FrontendPerturbation(dailyFrontendPattern(u!, other!, k)));
  // DC-P3: hybrid and legacy from one state; the delay may cross one or two day boundaries.
  const equivalence = fc.tuple(user, fc.constantFrom("hybrid" as const, "deprecated" as const), fc.oneof(fc.bigInt({ min: 1n, max: 60_000n }), fc.constantFrom(DAY, DAY + 1n, 2n * DAY, 2n * DAY + 7n)))
    .map(([u, side, ms]) => new Equivalence(dailyCheckInPair(u, ms), side, ms));
  // NP, the first check of every user method: "paused" and "globally paused" (README §7).
  const paused = fc.tuple(fc.constantFrom("local" as const, "registry-app" as const, "registry-global" as const), user, fc.integer({ min: 1, max: 3 }))
    .map(([kind, u, n]) => new PausedWindow<DailySequence>(kind, APP_ID, (m, r) => pausedCalls(m, r, u, n), `${u}: ${n} calls`));
  const flow = fc.tuple(user, fc.boolean(), delay).map(([u, hybrid, d]) => new DailyCheckIn(u, hybrid, d));
  return [
    perturb, equivalence, equivalence, paused,
    flow, flow, flow, flow,
    fc.tuple(user, fc.constantFrom(7, 8, 14, 30), fc.bigInt({ min: 0n, max: DAY - 1n })).map(([u, days, ms]) => new StreakRun(u, days, ms)),
    fc.tuple(user, fc.oneof({ weight: 8, arbitrary: fc.constant(0n) }, { weight: 2, arbitrary: fc.constantFrom(-1n, 1n, 1_000n) }), delay,
      fc.oneof({ weight: 10, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(FOREIGN_APP_ID) }))
      .map(([u, margin, d, app]) => new Pay(u, margin, d, app)),
    fc.tuple(signerOf(user), tamper, receipt, delay).map(([[s, u], t, rc, d]) => new CheckInWithCalculation(s, u, t, rc, d)),
    fc.tuple(signerOf(fc.oneof({ weight: 12, arbitrary: user }, { weight: 1, arbitrary: fc.constant("zero") })), receipt, delay).map(([[s, u], rc, d]) => new CheckIn(s === "zero" ? "u1" : s, u, rc, d)),
    fc.tuple(signerOf(fc.oneof({ weight: 12, arbitrary: user }, { weight: 1, arbitrary: fc.constant("zero") })), fc.bigInt({ min: 1n, max: 60_000n })).map(([[s, u], ms]) => new ClaimRewards(s === "zero" ? "u1" : s, u, ms)),
    fc.tuple(fc.array(getter, { minLength: 1, maxLength: 4 }), fc.option(fc.constantFrom(-1n, 0n), { nil: undefined })).map(([g, at]) => new ReadGetters(g, at)),
  ];
}
