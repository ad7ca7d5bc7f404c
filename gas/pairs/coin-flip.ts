// Spec: coin-flip.md "Hybrid ↔ legacy pair" (O(1) both, "checked for equivalence only"); README §10
// G10; platform.md §6 "Benchmark limits". The app file names no n: the series runs over the stake
// (n × MIN_BET, up to MAX_BET = 500 × MIN_BET), which changes no loop, only the stored numbers'
// byte lengths, so both paths must come out constant. Measured: the bet-opening half of each path,
// initiateBet (seed derived on chain) ↔ placeBet (RNG request through the gateway). The second
// halves (settleBet ↔ the gateway's callback) depend on the outcome of a seed the plan cannot
// choose (a won bet pays a transfer), so they are compared by CF-P5, not measured here.
import { arg } from "../../neo-express/driver/abi-arg.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { appBySlug } from "../../simulator/registry.js";
import { MIN_BET } from "../../simulator/apps/coin-flip/constants.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { GasPairPlan, Lane, LaneStep, TransactionPair } from "../gas-pair-plan.js";
import { BENCHMARK_BET_LIMITS } from "./doomsday-clock.js";

const APP = "coin-flip";
const APP_ID = appBySlug(APP)!.appId;

const user = (lane: Lane) => lane.world.actors.users[0]!;
const admin = (lane: Lane) => lane.world.actors.admin;

function receiptId(payment: Outcome | undefined): bigint {
  const id = payment?.state === "HALT" ? payment.notifications.find((n) => n.eventName === "PaymentReceived")?.args[0] : undefined;
  if (id?.type !== "Integer") throw new Error("the payment emitted no PaymentReceived with an Integer paymentId");
  return id.value;
}

/** initiateBet ↔ placeBet: benchmark limits, the user's receipt for n × MIN_BET, then one bet (heads). */
export const OPEN_BET: TransactionPair = {
  kind: "transaction",
  app: APP,
  hybrid: "initiateBet",
  deprecated: "placeBet",
  deprecatedClass: "constant",
  nMeans: "stake in units of MIN_BET (0.1 GAS); no loop depends on it",
  points: [1, 10, 100, 500],
  setup: [
    (lane): LaneStep => ({ sender: admin(lane), call: { contract: lane.app, method: "setGameBetLimits", args: BENCHMARK_BET_LIMITS.map((v) => arg.int(v)) } }),
    (lane): LaneStep => ({ sender: user(lane), call: transferCall("GAS", user(lane), lane.world.hashes.paymentHub, BigInt(lane.n) * MIN_BET, arg.str(APP_ID)) }),
  ],
  call(lane, path) {
    const args = [arg.hash160(user(lane).scriptHash), arg.int(BigInt(lane.n) * MIN_BET), arg.bool(true), arg.int(receiptId(lane.outcomes[1]))];
    return { sender: user(lane), call: { contract: lane.app, method: path === "hybrid" ? "initiateBet" : "placeBet", args } };
  },
  limitNote: () => "no n-dependent work: the app's MAX_BET (50 GAS, n = 500) ends the series",
};

export const COIN_FLIP_PAIRS: readonly GasPairPlan[] = [OPEN_BET];
