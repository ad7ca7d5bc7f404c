// Spec: burn-league.md "Hybrid ↔ legacy pair" (no n; both O(1)); README §10 G10.
import { arg } from "../../neo-express/driver/abi-arg.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { MIN_BURN } from "../../simulator/apps/burn-league/constants.js";
import { basePoints, bonusMultiplier } from "../../simulator/apps/burn-league/points.js";
import { appBySlug } from "../../simulator/registry.js";
import type { Lane, LaneStep, TransactionPair } from "../gas-pair-plan.js";
import { receiptId } from "./receipt-id.js";

const APP = "burn-league";
const APP_ID = appBySlug(APP)!.appId;

const user = (lane: Lane) => lane.world.actors.users[0]!;
const pay = (lane: Lane, amount: bigint): LaneStep => ({ sender: user(lane), call: transferCall("GAS", user(lane), lane.world.hashes.paymentHub, amount, arg.str(APP_ID)) });

/**
 * burnGasWithCalculation ↔ burnGas: the user's second burn of MIN_BURN in an active season, one
 * block (1 s) after the first, so the streak continues: the costlier branch of both paths
 * (StreakBonus, the bonus points; the user's points key already exists). Decision: the app file
 * gives the pair no n (both O(1)); the sweep needs one, so n is the receipt's amount in
 * MIN_BURNs, which neither path loops over. Both series must come out constant; the figures
 * show the price of the exact verification (checks 8–10).
 */
export const BURN: TransactionPair = {
  kind: "transaction",
  app: APP,
  hybrid: "burnGasWithCalculation",
  deprecated: "burnGas",
  deprecatedClass: "constant",
  nMeans: "the receipt's amount in MIN_BURNs (no n in the app file: both O(1)); a user's second burn of MIN_BURN, streak continued",
  points: [1, 10, 100, 1_000],
  setup: [
    (lane): LaneStep => ({ sender: lane.world.actors.admin, call: { contract: lane.app, method: "startSeason", args: [] } }),
    (lane) => pay(lane, MIN_BURN),
    (lane): LaneStep => ({ sender: user(lane), call: { contract: lane.app, method: "burnGas", args: [arg.hash160(user(lane).scriptHash), arg.int(MIN_BURN), arg.int(receiptId(lane.outcomes[1]))] } }),
    (lane) => pay(lane, BigInt(lane.n) * MIN_BURN),
  ],
  call(lane, path) {
    const head = [arg.hash160(user(lane).scriptHash), arg.int(MIN_BURN), arg.int(receiptId(lane.outcomes[3]))];
    const f = [arg.int((basePoints(MIN_BURN) * bonusMultiplier(2n)) / 100n), arg.int(2), arg.bool(true)];
    return { sender: user(lane), call: { contract: lane.app, method: path === "hybrid" ? "burnGasWithCalculation" : "burnGas", args: path === "hybrid" ? [...head, ...f] : head } };
  },
  limitNote: () => "no chain limit applies: neither path loops (burn-league.md: both O(1))",
};

export const BURN_LEAGUE_PAIRS = [BURN] as const;
