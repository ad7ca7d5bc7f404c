import fc from "fast-check";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { receiptChoice } from "../../patterns/pay-then-act/receipt-choice.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { Equivalence } from "../../patterns/equivalence/equivalence-command.js";
import { PausedWindow } from "../../patterns/pause/paused-window.js";
import { ReadStep, Steps } from "../../patterns/call-step/call-step.js";
import { APP_ID, MIN_BURN, STREAK_WINDOW, TIER1_THRESHOLD, TIER2_THRESHOLD, TIER3_THRESHOLD } from "../../../simulator/apps/burn-league/constants.js";
import { Burn, type BurnPlan, type Tamper } from "./commands/burn.js";
import { FundRewardPool } from "./commands/fund-reward-pool.js";
import { claimRewardStep, endSeasonStep, startSeasonStep, type SeasonPick } from "./commands/seasons.js";
import { burnFrontendPattern } from "./frontend-perturbation.js";
import { burnPair } from "./equivalence.js";
import type { Delay } from "./delay.js";
import { account, type BurnSequence } from "./sequence-model.js";

/**
 * The generators of a BurnLeague sequence (burn-league.md BL-P1…P7). Three users burn and fund;
 * u4 and the admin sign as strangers. Amounts hit the tier boundaries of BL-P4 (TIER2 − 1, TIER2,
 * TIER3 − 1, TIER3) and MIN_BURN; block times by plain delays, by the user's streak window end
 * (`last + STREAK_WINDOW`, +1) and by the season's EndTime (−1, 0) (README §5). A sequence's
 * burns stay far inside a user's 1,000 GAS (TIER3 is 100 GAS and rare); a rare large funding
 * (600 GAS by two users) makes a season's pool exceed the app's 1,000 GAS of the sequence world,
 * so that a claim meets "transfer failed" (README §6: intended, and nothing changes).
 */
export const USERS = ["u1", "u2", "u3"] as const;
const user = fc.constantFrom(...USERS);
const stranger = fc.constantFrom("u4", "admin");

export const amount: fc.Arbitrary<bigint> = fc.oneof(
  { weight: 6, arbitrary: fc.bigInt({ min: MIN_BURN, max: 3n * TIER1_THRESHOLD }) },
  { weight: 4, arbitrary: fc.constantFrom(MIN_BURN, TIER1_THRESHOLD, TIER2_THRESHOLD - 1n, TIER2_THRESHOLD, TIER2_THRESHOLD + 1n) },
  { weight: 1, arbitrary: fc.constantFrom(TIER3_THRESHOLD - 1n, TIER3_THRESHOLD) },
);

export const delay: fc.Arbitrary<Delay> = fc.oneof(
  { weight: 5, arbitrary: fc.bigInt({ min: 1n, max: 60_000n }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 2, arbitrary: fc.bigInt({ min: STREAK_WINDOW / 2n, max: 2n * STREAK_WINDOW }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 4, arbitrary: fc.constantFrom(0n, 1n).map((offset) => ({ kind: "window" as const, offset })) },
  { weight: 1, arbitrary: fc.constantFrom(-1n, 0n).map((offset) => ({ kind: "season-end" as const, offset })) },
);

const tamper: fc.Arbitrary<Tamper> = fc.oneof({ weight: 8, arbitrary: fc.constant("none" as const) },
  { weight: 3, arbitrary: fc.constantFrom("flip" as const, "streak+k" as const, "streak-k" as const, "points+k" as const, "points-k" as const) });

/** An honest burn: pay, then burn in a later block (hybrid with F for that block, or legacy). */
const honestBurn = (u: string, a: bigint, hybrid: boolean, d: Delay): Burn =>
  new Burn({ signer: u, burner: u, amount: a, payMargin: 0n, receipt: "own", path: hybrid ? "hybrid" : "legacy", frontend: "block", tamper: "none", k: 1n, delay: d });

const burnPlan: fc.Arbitrary<BurnPlan> = fc.record({
  signer: fc.constant(""), burner: user, amount: fc.oneof({ weight: 12, arbitrary: amount }, { weight: 1, arbitrary: fc.constant(MIN_BURN - 1n) }),
  payMargin: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(0n, 1_000n) }, { weight: 1, arbitrary: fc.constant(-1n) }, { weight: 3, arbitrary: fc.constant(undefined) }),
  receipt: receiptChoice, path: fc.constantFrom("hybrid" as const, "legacy" as const), frontend: fc.constantFrom("block" as const, "tinv" as const),
  tamper, k: fc.bigInt({ min: 1n, max: 1_000n }), delay,
}).chain((p) => fc.oneof({ weight: 12, arbitrary: fc.constant(p.burner) }, { weight: 1, arbitrary: stranger }).map((signer) => ({ ...p, signer })));

const seasonPick: fc.Arbitrary<SeasonPick> = fc.oneof({ weight: 3, arbitrary: fc.constant("current" as const) }, { weight: 1, arbitrary: fc.constantFrom("previous" as const, "next" as const, "zero" as const) });

/**
 * A whole season (BL-P6, BL-P7): the admin starts it, honest burns by the users, then at
 * EndTime − 1 either a burn (accepted) or `endSeason` ("not ended"); optionally a burn at EndTime
 * ("season ended"); `endSeason` at EndTime (or the next millisecond after that burn); then every
 * user claims (u4 without points: "no points"; one user twice: "already claimed").
 */
function seasonCycle(burns: readonly [string, bigint, boolean][], late: string, atLast: "burn" | "end", burnAtEnd: boolean, twice: string): Steps<BurnSequence> {
  const edge = (offset: bigint): Delay => ({ kind: "season-end", offset });
  return new Steps<BurnSequence>(`seasonCycle(${burns.length} burns, ${atLast} at EndTime − 1 by ${late}${burnAtEnd ? ", burn at EndTime" : ""}, ${twice} claims twice)`, [
    startSeasonStep("admin", 1_000n),
    ...burns.map(([u, a, h]) => honestBurn(u, a, h, { kind: "ms", ms: 30_000n })),
    atLast === "burn" ? honestBurn(late, MIN_BURN, true, edge(-1n)) : endSeasonStep(late, edge(-1n)),
    ...(burnAtEnd ? [honestBurn(late, MIN_BURN, false, edge(0n))] : []),
    endSeasonStep("u4", edge(0n)),
    ...["u1", "u2", "u3", "u4", twice].map((u) => claimRewardStep(u, u, "current", 1_000n)),
  ]);
}

/** The user calls made while paused: each paid method and a claim, in turn (receipt: the newest). */
function pausedCalls(m: BurnSequence, u: string, n: number) {
  const receipt = arg.int(m.receipts.filter((x) => x.payer === u).at(-1)?.id ?? 1n);
  const calls = [
    { contract: m.app, method: "burnGas", args: [account(m, u), arg.int(MIN_BURN), receipt] },
    { contract: m.app, method: "burnGasWithCalculation", args: [account(m, u), arg.int(MIN_BURN), receipt, arg.int(MIN_BURN), arg.int(1), arg.bool(false)] },
    { contract: m.app, method: "fundRewardPool", args: [account(m, u), arg.int(MIN_BURN), receipt] },
    { contract: m.app, method: "claimReward", args: [account(m, u), arg.int(1)] },
  ];
  return calls.slice(0, n).map((call) => ({ call, sender: u }));
}

/** The app's own getters without arguments, and the base's (devpack.md §1), read in every world alike. */
const GETTERS = ["currentSeasonId", "totalBurned", "rewardPool", "isPaused", "admin", "gateway", "paymentHub", "pauseRegistry", "pendingAdmin", "adminChangeTime", "timeLockDelay"] as const;

/** Safe getters by test invocation (G6) with arguments from the generator's domain. */
function readGetters(picks: readonly [string, string, bigint][]): ReadStep<BurnSequence> {
  return new ReadStep<BurnSequence>(picks.map(([g]) => g).join(", "), (m) => picks.map(([method, u, id]) => {
    const who = account(m, u);
    switch (method) {
      case "getBurnStateForFrontend": case "getUserStreak": case "getUserTotalBurned": return { contract: m.app, method, args: [who] };
      case "getUserSeasonPoints": case "hasClaimed": return { contract: m.app, method, args: [who, arg.int(id)] };
      case "getSeason": case "isReceiptUsed": return { contract: m.app, method, args: [arg.int(id)] };
      default: return { contract: m.app, method, args: [] };
    }
  }));
}

export function burnLeagueCommands(): fc.Arbitrary<DifferentialCommand<BurnSequence>>[] {
  const pairOf = fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]);
  // BL-P2: the perturbation table from the current state, now or just past the player's window end.
  const perturb = fc.tuple(pairOf, amount.filter((a) => a < TIER3_THRESHOLD), fc.bigInt({ min: 1n, max: 500n }), fc.bigInt({ min: 1n, max: 50_000_000n }), fc.constantFrom("soon" as const, "after-window" as const))
    .map(([[u, other], a, k, j, timing]) => new FrontendPerturbation(burnFrontendPattern(u!, other!, a, k, j, timing)));
  // BL-P3: hybrid and legacy from one state; the delay may cross the streak window.
  const equivalence = fc.tuple(user, amount, fc.constantFrom("hybrid" as const, "deprecated" as const), fc.oneof(fc.bigInt({ min: 1n, max: 60_000n }), fc.constantFrom(STREAK_WINDOW, STREAK_WINDOW + 1n, 2n * STREAK_WINDOW)))
    .map(([u, a, side, ms]) => new Equivalence(burnPair(u, a, ms), side, ms));
  // NP, the first check of every user method: "paused" and "globally paused" (README §7).
  const paused = fc.tuple(fc.constantFrom("local" as const, "registry-app" as const, "registry-global" as const), user, fc.integer({ min: 1, max: 4 }))
    .map(([kind, u, n]) => new PausedWindow<BurnSequence>(kind, APP_ID, (m) => pausedCalls(m, u, n), `${u}: ${n} calls`));
  const flow = fc.tuple(user, amount, fc.boolean(), delay).map(([u, a, h, d]) => honestBurn(u, a, h, d));
  const cycle = fc.tuple(fc.array(fc.tuple(user, amount, fc.boolean()), { minLength: 0, maxLength: 4 }), user, fc.constantFrom("burn" as const, "end" as const), fc.boolean(), user)
    .map(([b, late, atLast, atEnd, twice]) => seasonCycle(b, late, atLast, atEnd, twice));
  const fund = fc.tuple(user, fc.oneof({ weight: 5, arbitrary: fc.bigInt({ min: 1n, max: 2n * TIER2_THRESHOLD }) }, { weight: 1, arbitrary: fc.constantFrom(0n, -1n) }),
    fc.oneof({ weight: 8, arbitrary: fc.constantFrom(0n, 500n) }, { weight: 1, arbitrary: fc.constant(-1n) }, { weight: 2, arbitrary: fc.constant(undefined) }), receiptChoice, fc.bigInt({ min: 1n, max: 60_000n }))
    .chain(([u, a, margin, rc, ms]) => fc.oneof({ weight: 12, arbitrary: fc.constant(u) }, { weight: 1, arbitrary: stranger }).map((s) => new FundRewardPool(s, u, a, margin, rc, ms)));
  const bigFund = fc.constantFrom(["u1", "u2"], ["u2", "u3"]).map(([a, b]) => new Steps<BurnSequence>(`bigFunding(${a}, ${b})`, [a!, b!].map((u) => new FundRewardPool(u, u, 60_000_000_000n, 0n, "own", 1_000n))));
  const signer = fc.oneof({ weight: 6, arbitrary: fc.constant("admin") }, { weight: 1, arbitrary: user });
  const getter = fc.tuple(fc.constantFrom(...GETTERS, "getBurnStateForFrontend", "getUserStreak", "getUserTotalBurned", "getUserSeasonPoints", "hasClaimed", "getSeason", "isReceiptUsed"),
    fc.constantFrom(...USERS, "u5"), fc.bigInt({ min: -1n, max: 3n }));
  return [
    perturb, perturb, equivalence, paused, cycle, cycle, cycle,
    flow, flow, flow, flow,
    fc.tuple(signer, fc.bigInt({ min: 1n, max: 60_000n })).map(([s, ms]) => startSeasonStep(s, ms)),
    fc.tuple(fc.constantFrom(...USERS, "u4"), fc.oneof({ weight: 3, arbitrary: delay }, { weight: 2, arbitrary: fc.constantFrom(-1n, 0n).map((offset) => ({ kind: "season-end" as const, offset })) })).map(([s, d]) => endSeasonStep(s, d)),
    burnPlan.map((p) => new Burn(p)), burnPlan.map((p) => new Burn(p)),
    bigFund, fund,
    fc.tuple(user, fc.oneof({ weight: 12, arbitrary: user }, { weight: 1, arbitrary: stranger }), seasonPick, fc.bigInt({ min: 1n, max: 60_000n })).map(([c, s, p, ms]) => claimRewardStep(s, c, p, ms)),
    fc.array(getter, { minLength: 1, maxLength: 4 }).map((g) => readGetters(g)),
  ];
}
