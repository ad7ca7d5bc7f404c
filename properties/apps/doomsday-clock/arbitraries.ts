import fc from "fast-check";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { BUYERS, type DoomsdaySequence } from "./sequence-model.js";
import type { Delay } from "./commands/delay.js";
import { receiptChoice as receipt } from "../../patterns/pay-then-act/receipt-choice.js";
import { Pay } from "./commands/pay.js";
import { BuyKeysWithCost } from "./commands/buy-keys-with-cost.js";
import { BuyKeys } from "./commands/buy-keys.js";
import { StartNewRound } from "./commands/start-new-round.js";
import { CheckAndEndRound } from "./commands/check-and-end-round.js";
import { ReadGetters, type GetterCall } from "./commands/read-getters.js";
import { Purchase } from "./commands/purchase.js";
import { ClimbToCap } from "./commands/climb-to-cap.js";
import { DailyLimitPair } from "./commands/daily-limit-pair.js";
import { UpdateOwnCode } from "./commands/update-own-code.js";
import { baseCalls } from "../../patterns/base-calls/base-calls.js";
import { APP_ID } from "../../../simulator/apps/doomsday-clock/constants.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { doomsdayFrontendPattern } from "./frontend-perturbation.js";
import { Equivalence } from "../../patterns/equivalence/equivalence-command.js";
import { doomsdayPurchasePair } from "./equivalence.js";
import { BoundCheck } from "../../patterns/bounds/bound-command.js";
import { doomsdayBounds } from "./bounds.js";
import { orWindowWorld } from "../../harness/world-kind-command.js";

/**
 * The generators of a DoomsdayClock sequence (doomsday-clock.md, properties DD-P1…P9). Ranges
 * keep a run's purchases far inside the app's funding (README §6) and its loops inside the GAS
 * limit (keyCount ≤ 40 here; the GAS benchmark goes to 2,000).
 */
const buyer = fc.constantFrom(...BUYERS);
const keyCount = fc.oneof({ weight: 9, arbitrary: fc.bigInt({ min: 1n, max: 40n }) }, { weight: 1, arbitrary: fc.bigInt({ min: -2n, max: 0n }) });

export const delay: fc.Arbitrary<Delay> = fc.oneof(
  { weight: 12, arbitrary: fc.bigInt({ min: 1n, max: 60_000n }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 2, arbitrary: fc.bigInt({ min: 600_000n, max: 4_000_000n }).map((ms) => ({ kind: "ms" as const, ms })) },
  { weight: 3, arbitrary: fc.constantFrom(-1n, 0n, 1n).map((offset) => ({ kind: "end" as const, offset })) },
);

/** Cost perturbations (DD-P2): mostly honest; else ±k, including the step D and one key's price. */
const costDelta = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0n) },
  { weight: 1, arbitrary: fc.constantFrom(1n, -1n, 10_000n, -10_000n, 10_000_000n).chain((d) => fc.constant(d)) },
  { weight: 1, arbitrary: fc.bigInt({ min: -1_000_000_000n, max: 1_000_000_000n }) },
);

const signerOf = (player: fc.Arbitrary<string>) => player.chain((p) => fc.oneof({ weight: 15, arbitrary: fc.constant(p) }, { weight: 1, arbitrary: fc.constantFrom("u4", "admin") }).map((s) => [s, p] as const));

/** The getters without arguments: one read of each reaches every branch of each in the current state. */
const PLAIN_GETTERS = ["getRoundStateForFrontend", "getCurrentKeyPrice", "timeRemaining", "currentRoundId", "totalKeysSold", "totalPrizesPaid", "carryOver", "isPaused", "getBetLimits"] as const;

const getter: fc.Arbitrary<GetterCall> = fc.oneof(
  // The frontend's getter most often: its active-round branch is the one a frontend lives on.
  fc.constant({ method: "getRoundStateForFrontend" as const }),
  fc.constantFrom(...PLAIN_GETTERS).map((method) => ({ method })),
  fc.record({ method: fc.constantFrom("calculateKeyCost" as const, "calculateKeyCostFormula" as const), n: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n }), k: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n }) }),
  fc.record({ method: fc.constant("calculateKeyCostLoop" as const), n: fc.bigInt({ min: -2n, max: 200n }), k: fc.oneof(fc.bigInt({ min: 0n, max: 1_000_000n }), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n })) }),
  fc.record({ method: fc.constant("getRound" as const), roundId: fc.bigInt({ min: -1n, max: 4n }) }),
  fc.record({ method: fc.constant("getPlayerKeys" as const), player: buyer, roundId: fc.bigInt({ min: 0n, max: 3n }) }),
  fc.record({ method: fc.constant("isReceiptUsed" as const), receiptId: fc.bigInt({ min: 0n, max: 12n }) }),
  fc.record({ method: fc.constantFrom("getPlayerDailyBet" as const, "getPlayerLastBetTime" as const, "getPlayerBetCount" as const), player: buyer }),
);

export function doomsdayCommands(): fc.Arbitrary<DifferentialCommand<DoomsdaySequence>>[] {
  const startRound = fc.tuple(fc.oneof({ weight: 9, arbitrary: fc.constant("admin") }, { weight: 1, arbitrary: fc.constant("u1") }), delay).map(([s, d]) => new StartNewRound(s, d));
  // Mostly in a round that accepts purchases (the frontend waits for one); sometimes as it comes.
  const inRound = fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });
  const purchase = fc.tuple(buyer, fc.bigInt({ min: 1n, max: 40n }), fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 20_000_000n })), fc.boolean(), delay, fc.bigInt({ min: 1n, max: 20_000n }), inRound)
    .map(([u, k, margin, hybrid, d, buyDelay, ensure]) => new Purchase(u, k, margin, hybrid, d, buyDelay, ensure));
  // DD-P6's 24 h cap, which only a crowd of MaxBet-sized purchases reaches (climb-to-cap.ts).
  const startOrClimb = fc.oneof({ weight: 4, arbitrary: startRound }, { weight: 1, arbitrary: fc.boolean().map((hybrid) => new ClimbToCap(hybrid)) });
  // DD-P2's perturbation table from the current state (the frontend-calculation pattern).
  const perturb = fc.tuple(fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]), fc.bigInt({ min: 1n, max: 30n }), fc.oneof(fc.constant(1n), fc.bigInt({ min: 2n, max: 10n ** 12n })))
    .map(([[player, other], keys, k]) => new FrontendPerturbation(doomsdayFrontendPattern(player!, other!, keys, k)));
  // DD-P3: the hybrid and deprecated purchase from one state (the O(1) ≡ O(n) pattern).
  const equivalence = fc.tuple(buyer, fc.bigInt({ min: 1n, max: 40n }), fc.constantFrom(0n, 1n, 5_000_000n), fc.constantFrom("hybrid" as const, "deprecated" as const), delay)
    .map(([u, keys, margin, side, d]) => new Equivalence(doomsdayPurchasePair(u, keys, margin), side, d.kind === "ms" ? d.ms : 31_000n));
  // The app's bounds, each past and inside (the bounds pattern).
  const bounds = fc.tuple(buyer, fc.nat(1)).map(([u, i]) => new BoundCheck(doomsdayBounds(u)[i]!));
  const base = baseCalls<DoomsdaySequence>({
    appId: APP_ID, betLimits: "setBetLimits",
    whilePaused: () => new Purchase("u1", 1n, 0n, true, { kind: "ms", ms: 1_000n }, 1_000n),
  });
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [
    perturb, perturb, equivalence, equivalence, bounds,
    startRound, startOrClimb,
    // One purchase slot sometimes puts the sequence in a deployment-window world (world-kind.ts, issue #15).
    purchase, purchase, orWindowWorld(purchase),
    fc.tuple(buyer, fc.bigInt({ min: 1n, max: 40n }), fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 50_000_000n })), delay,
      fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant("miniapp-foreign") }))
      .map(([u, k, margin, d, app]) => new Pay(u, k, margin, d, app)),
    fc.tuple(signerOf(buyer), keyCount, costDelta, receipt, delay).map(([[s, p], n, c, r, d]) => new BuyKeysWithCost(s, p, n, c, r, d)),
    fc.tuple(signerOf(buyer), keyCount, receipt, delay).map(([[s, p], n, r, d]) => new BuyKeys(s, p, n, r, d)),
    // DD-P7: mostly at the round's end pair EndTime − 1 / EndTime, where settlement turns on.
    fc.tuple(fc.constantFrom("u5", "admin"), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(-1n, 0n).map((offset): Delay => ({ kind: "end", offset })) }, { weight: 1, arbitrary: delay }))
      .map(([s, d]) => new CheckAndEndRound(s, d)),
    // The base classes' admin surface, compiled into the app too (base-calls.ts), and now and
    // then ADMIN's real update with the app's own code (_deploy(data, true), issue #15).
    base, fc.oneof({ weight: 5, arbitrary: base }, { weight: 1, arbitrary: fc.constant(new UpdateOwnCode()) }),
    // At a boundary tinv (DD-P6) the getter that the boundary is for, timeRemaining, comes first.
    fc.tuple(fc.array(getter, { minLength: 1, maxLength: 4 }), fc.option(fc.constantFrom(-1n, 0n).map((offset) => ({ kind: "end-tinv" as const, offset })), { nil: undefined }))
      .map(([g, at]) => new ReadGetters(at ? [{ method: "timeRemaining" }, ...g] : g, at)),
    // One slot for two rarer needs (issue #15), so that a sequence grows by few steps: every plain
    // getter once (drawn one at a time, timeRemaining ran once and totalPrizesPaid never in 100
    // sequences; getBetLimits before any setBetLimits builds the defaults), or BET's daily limit
    // met on purpose (daily-limit-pair.ts; random tight limits met it three times).
    fc.oneof(
      fc.constant(new ReadGetters(PLAIN_GETTERS.map((method) => ({ method })))),
      // … or, one time in three, BET's MaxConsecutive met the same way.
      fc.tuple(buyer, fc.bigInt({ min: 1n, max: 30n }), fc.boolean(), fc.nat(2)).map(([u, k, hybrid, c]) => new DailyLimitPair(u, k, hybrid, c === 0)),
    ),
  ];
}
