// Spec: daily-checkin.md "Hybrid ↔ legacy pair" (no n; both O(1)); README §10 G10.
import { arg } from "../../neo-express/driver/abi-arg.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { CHECK_IN_FEE } from "../../simulator/apps/daily-checkin/constants.js";
import { appBySlug } from "../../simulator/registry.js";
import type { Lane, LaneStep, TransactionPair } from "../gas-pair-plan.js";
import { receiptId } from "./receipt-id.js";

const APP = "daily-checkin";
const APP_ID = appBySlug(APP)!.appId;

const user = (lane: Lane) => lane.world.actors.users[0]!;

/**
 * checkInWithCalculation ↔ checkIn: a new user's first check-in (F = (1, 0, false)) with a receipt
 * of n × CHECK_IN_FEE. Decision: the app file gives the pair no n (both O(1)); the sweep needs
 * one, so n is the receipt's amount in fees, which neither path loops over. Both series must
 * come out constant; the figures show the price of the exact verification (checks 6–7).
 */
export const CHECK_IN: TransactionPair = {
  kind: "transaction",
  app: APP,
  hybrid: "checkInWithCalculation",
  deprecated: "checkIn",
  deprecatedClass: "constant",
  nMeans: "the receipt's amount in CHECK_IN_FEEs (no n in the app file: both O(1)); a new user's first check-in",
  points: [1, 10, 100, 1_000],
  setup: [
    (lane): LaneStep => ({ sender: user(lane), call: transferCall("GAS", user(lane), lane.world.hashes.paymentHub, BigInt(lane.n) * CHECK_IN_FEE, arg.str(APP_ID)) }),
  ],
  call(lane, path) {
    const who = arg.hash160(user(lane).scriptHash);
    const receipt = arg.int(receiptId(lane.outcomes[0]));
    const args = path === "hybrid" ? [who, receipt, arg.int(1), arg.int(0), arg.bool(false)] : [who, receipt];
    return { sender: user(lane), call: { contract: lane.app, method: path === "hybrid" ? "checkInWithCalculation" : "checkIn", args } };
  },
  limitNote: () => "no chain limit applies: neither path loops (daily-checkin.md: both O(1))",
};

export const DAILY_CHECKIN_PAIRS = [CHECK_IN] as const;
