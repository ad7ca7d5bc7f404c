// Spec: time-capsule.md "Hybrid ↔ deprecated pair" and TC-P2; README §10 G10 (capsules ≤ 1,000).
// n = totalItems(), the capsules `fish` scans. Worst case (the app file): the only fishable capsule
// is the last in cyclic order. The lane buries n capsules, only the n-th public, all unlocking at
// the same time U; the measuring block's time T is ≥ U with T ≡ 0 (mod n), so the scan starts at
// (T mod n) + 1 = 1 and finds capsule n last, after reading all n records. `fishWithId` gets n.
import { arg } from "../../neo-express/driver/abi-arg.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { BURY_FEE, FISH_FEE, APP_ID } from "../../simulator/apps/time-capsule/constants.js";
import { receiptId } from "./receipt-id.js";
import type { Lane, LaneStep, TransactionPair } from "../gas-pair-plan.js";

const APP = "time-capsule";
const POINTS = [1, 10, 100, 1_000] as const;
/** The least common multiple of the points: T ≡ 0 (mod lcm) puts every lane on its worst case. */
const LCM = 1_000n;
const DAY = 86_400_000n;
/** 2 GAS covers a payment or a burial (about 0.1 GAS each); the sender pays it 2n + 1 times. */
const SETUP_FEE = 200_000_000n;

const user = (lane: Lane) => lane.world.actors.users[0]!;

/** U: two days after the world's fixture (every world is built in the same blocks, so U is common). */
const unlockOf = (lane: Lane) => lane.world.log.at(-1)!.step.time + 2n * DAY;
let unlock = 0n;

/** Set-up step j: capsule k = ⌊j/2⌋ + 1 is paid for (even j), then buried (odd j), for k ≤ n; the last payment buys the fish receipt. */
function setupStep(j: number) {
  return (lane: Lane): LaneStep | undefined => {
    const k = Math.floor(j / 2) + 1;
    if (k > lane.n + 1) return undefined;
    const u = user(lane);
    if (k === lane.n + 1) return j % 2 === 0 ? { sender: u, call: transferCall("GAS", u, lane.world.hashes.paymentHub, FISH_FEE, arg.str(APP_ID)), systemFee: SETUP_FEE } : undefined;
    if (j % 2 === 0) return { sender: u, call: transferCall("GAS", u, lane.world.hashes.paymentHub, BURY_FEE, arg.str(APP_ID)), systemFee: SETUP_FEE };
    unlock = unlockOf(lane);
    const args = [arg.hash160(u.scriptHash), arg.str(`content-${k}`), arg.str(""), arg.int(unlock), arg.bool(k === lane.n), arg.int(1), arg.int(receiptId(lane.outcomes[j - 1]))];
    return { sender: u, call: { contract: lane.app, method: "bury", args }, systemFee: SETUP_FEE };
  };
}

/** fishWithId ↔ fish over n capsules, the only fishable one last in the scan's cyclic order. */
export const FISH: TransactionPair = {
  kind: "transaction",
  app: APP,
  hybrid: "fishWithId",
  deprecated: "fish",
  nMeans: "capsules (totalItems), the only fishable one last in the scan's cyclic order",
  points: POINTS,
  setup: Array.from({ length: 2 * (POINTS.at(-1)! + 1) }, (_, j) => setupStep(j)),
  call(lane, path) {
    const u = user(lane);
    const receipt = arg.int(receiptId(lane.outcomes[2 * lane.n]));
    const args = path === "hybrid" ? [arg.hash160(u.scriptHash), arg.int(lane.n), receipt] : [arg.hash160(u.scriptHash), receipt];
    return { sender: u, call: { contract: lane.app, method: path === "hybrid" ? "fishWithId" : "fish", args } };
  },
  measureAt: (earliest) => {
    const t = earliest > unlock ? earliest : unlock;
    return ((t + LCM - 1n) / LCM) * LCM;
  },
  limitNote: (fit, cap) =>
    `the ${Number(cap) / 1e8} GAS system-fee cap (rpc.MaxGasInvoke) stops fish at n ≈ ${Math.floor((Number(cap) - fit.intercept) / fit.slopePerN).toLocaleString("en-US")} capsules by the fit; the app file's range is n ≤ 1,000`,
};

export const TIME_CAPSULE_PAIRS = [FISH] as const;
