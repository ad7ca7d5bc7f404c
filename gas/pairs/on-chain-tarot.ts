// Spec: on-chain-tarot.md "Hybrid ↔ legacy pair" ("bounded (≤ 10 cards); O(1)", success only);
// README §10 G10. The app file has no O(n) deprecated method and names no n: the series runs over
// the spread type (1–4: 1, 3, 5, 10 cards), which changes no loop of the opening half, only the fee
// and the card count it announces, so both paths must come out constant. Measured: the opening
// half of each path, initiateReading (seed derived on chain) ↔ requestReading (RNG request through
// the gateway). The second halves (settleReading ↔ the gateway's callback) both run CARDS, whose
// loop grows with the spread's card count (bounded by 10): they are compared by TA-P4, not
// measured here, since a series over the card count would read both as linear.
import { arg } from "../../neo-express/driver/abi-arg.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { appBySlug } from "../../simulator/registry.js";
import { spreadFee } from "../../simulator/apps/on-chain-tarot/constants.js";
import type { GasPairPlan, Lane, LaneStep, TransactionPair } from "../gas-pair-plan.js";
import { receiptId } from "./receipt-id.js";

const APP = "on-chain-tarot";
const APP_ID = appBySlug(APP)!.appId;
const QUESTION = "What does the week hold?";

const user = (lane: Lane) => lane.world.actors.users[0]!;

/** initiateReading ↔ requestReading: the user's receipt for fee(n), then one reading of spread n (category 1). */
export const OPEN_READING: TransactionPair = {
  kind: "transaction",
  app: APP,
  hybrid: "initiateReading",
  deprecated: "requestReading",
  deprecatedClass: "constant",
  nMeans: "spread type (1, 3, 5, 10 cards); no loop of the opening half depends on it",
  points: [1, 2, 3, 4],
  setup: [
    (lane): LaneStep => ({ sender: user(lane), call: transferCall("GAS", user(lane), lane.world.hashes.paymentHub, spreadFee(BigInt(lane.n)), arg.str(APP_ID)) }),
  ],
  call(lane, path) {
    const args = [arg.hash160(user(lane).scriptHash), arg.str(QUESTION), arg.int(BigInt(lane.n)), arg.int(1n), arg.int(receiptId(lane.outcomes[0]))];
    return { sender: user(lane), call: { contract: lane.app, method: path === "hybrid" ? "initiateReading" : "requestReading", args } };
  },
  limitNote: () => "no n-dependent work: the spread table ends the series at the celtic cross (n = 4)",
};

export const ON_CHAIN_TAROT_PAIRS: readonly GasPairPlan[] = [OPEN_READING];
