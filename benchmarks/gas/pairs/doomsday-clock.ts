// Spec: doomsday-clock.md "Hybrid ↔ deprecated pairs" and DD-P4; README §10 G10; platform.md §6
// "Benchmark limits". n = keyCount in both pairs; the app file's cost range is keys ≤ 2,000.
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { transferCall } from "../../../neo-express/driver/gas-transfer.js";
import { keyCost } from "../../../simulator/apps/doomsday-clock/key-cost.js";
import { appBySlug } from "../../../simulator/registry.js";
import { receiptIdOf } from "../payment-receipt.js";
import type { Lane, LaneStep, TestInvocationPair, TransactionPair } from "../gas-pair-plan.js";

const APP = "doomsday-clock";
const APP_ID = appBySlug(APP)!.appId;
const POINTS = [1, 10, 100, 1_000, 2_000] as const;

/** platform.md §6: MaxBet 100,000 GAS, DailyLimit 1,000,000 GAS, no cooldown, 1,000,000 consecutive. */
export const BENCHMARK_BET_LIMITS = [10_000_000_000_000n, 100_000_000_000_000n, 0n, 1_000_000n] as const;

/** The largest n whose cost from an empty round passes BET's MaxBet (benchmark limits). */
export function maxKeysUnderMaxBet(): bigint {
  let lo = 1n;
  let hi = 1n << 32n;
  while (lo < hi) {
    const mid = (lo + hi + 1n) / 2n;
    if (keyCost(mid, 0n) <= BENCHMARK_BET_LIMITS[0]) lo = mid;
    else hi = mid - 1n;
  }
  return lo;
}

const user = (lane: Lane) => lane.world.actors.users[0]!;
const admin = (lane: Lane) => lane.world.actors.admin;

const feeCap = (fit: { slopePerN: number; intercept: number }, cap: bigint) =>
  Math.floor((Number(cap) - fit.intercept) / fit.slopePerN).toLocaleString("en-US");

/** buyKeysWithCost ↔ buyKeys: a round started by ADMIN, the user's receipt paid for C(n, 0), then one purchase of n keys. */
export const BUY_KEYS: TransactionPair = {
  kind: "transaction",
  app: APP,
  hybrid: "buyKeysWithCost",
  deprecated: "buyKeys",
  nMeans: "keyCount (keys bought in one call, from an empty round)",
  points: POINTS,
  setup: [
    (lane): LaneStep => ({ sender: admin(lane), call: { contract: lane.app, method: "setBetLimits", args: BENCHMARK_BET_LIMITS.map((v) => arg.int(v)) } }),
    (lane): LaneStep => ({ sender: admin(lane), call: { contract: lane.app, method: "startNewRound", args: [] } }),
    (lane): LaneStep => ({ sender: user(lane), call: transferCall("GAS", user(lane), lane.world.hashes.paymentHub, keyCost(BigInt(lane.n), 0n), arg.str(APP_ID)) }),
  ],
  call(lane, path) {
    const n = BigInt(lane.n);
    const player = arg.hash160(user(lane).scriptHash);
    const receipt = arg.int(receiptIdOf(lane.outcomes[2]));
    const args = path === "hybrid" ? [player, arg.int(n), arg.int(keyCost(n, 0n)), receipt] : [player, arg.int(n), receipt];
    return { sender: user(lane), call: { contract: lane.app, method: path === "hybrid" ? "buyKeysWithCost" : "buyKeys", args } };
  },
  limitNote: (fit, cap) =>
    `BET's MaxBet (benchmark limits, 100,000 GAS) stops n > ${maxKeysUnderMaxBet().toLocaleString("en-US")} (C(n, 0) > 10^13 datoshi) long before ` +
    `the ${Number(cap) / 1e8} GAS system-fee cap (rpc.MaxGasInvoke), which the fit puts at n ≈ ${feeCap(fit, cap)} for buyKeys`,
};

/** calculateKeyCost ↔ calculateKeyCostLoop (K = 0): safe getters, by test invocation. */
export const CALCULATE_KEY_COST: TestInvocationPair = {
  kind: "test-invocation",
  app: APP,
  hybrid: "calculateKeyCost",
  deprecated: "calculateKeyCostLoop",
  nMeans: "keyCount (currentTotalKeys = 0)",
  points: POINTS,
  call: (app, n, path) => ({ contract: app, method: path === "hybrid" ? "calculateKeyCost" : "calculateKeyCostLoop", args: [arg.int(n), arg.int(0)] }),
  limitNote: (fit, cap) =>
    `the ${Number(cap) / 1e8} GAS test-invocation limit (rpc.MaxGasInvoke) stops calculateKeyCostLoop at n ≈ ${feeCap(fit, cap)} by the fit; no bet limit applies to a getter`,
};

export const DOOMSDAY_CLOCK_PAIRS = [BUY_KEYS, CALCULATE_KEY_COST] as const;
