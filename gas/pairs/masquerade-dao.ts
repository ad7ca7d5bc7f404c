// Spec: masquerade-dao.md "Hybrid ↔ deprecated pairs" and MD-P3; README §10 G10 (masks ≤ 1,000).
// n = totalMasks(), the masks the deprecated scan reads. Every lane creates n type-1 masks (one
// payment and one createMask each), undelegated and active, so E(m) = 1 for every mask and the scan
// reads all n records: its worst case is its only case (no early exit). Then each pair's own steps.
import { arg } from "../../neo-express/driver/abi-arg.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { APP_ID, MASK_FEE, PROPOSAL_FEE, VOTE_FEE } from "../../simulator/apps/masquerade-dao/constants.js";
import { receiptId } from "./receipt-id.js";
import type { Lane, LaneStep, TransactionPair } from "../gas-pair-plan.js";

const APP = "masquerade-dao";
/** n ≥ 2: the delegation pair delegates mask 1 to mask 2. */
const POINTS = [2, 10, 100, 1_000] as const;
/** 2 GAS covers a payment, a mask or a proposal (about 0.1 GAS each). */
const SETUP_FEE = 200_000_000n;

const user = (lane: Lane) => lane.world.actors.users[0]!;
const pay = (lane: Lane, amount: bigint): LaneStep => ({ sender: user(lane), call: transferCall("GAS", user(lane), lane.world.hashes.paymentHub, amount, arg.str(APP_ID)), systemFee: SETUP_FEE });
const identityHash = (k: number) => k.toString(16).padStart(64, "0");

/** Set-up step j < 2n: mask k = ⌊j/2⌋ + 1 is paid for (even j), then created (odd j); then the pair's own steps, from index 2n. */
function setup(after: readonly ((lane: Lane) => LaneStep)[]): ((lane: Lane) => LaneStep | undefined)[] {
  return Array.from({ length: 2 * POINTS.at(-1)! + after.length }, (_, j) => (lane: Lane): LaneStep | undefined => {
    if (j >= 2 * lane.n) return after[j - 2 * lane.n]?.(lane);
    if (j % 2 === 0) return pay(lane, MASK_FEE);
    const args = [arg.hash160(user(lane).scriptHash), arg.bytes(identityHash(j)), arg.int(1), arg.int(receiptId(lane.outcomes[j - 1]))];
    return { sender: user(lane), call: { contract: lane.app, method: "createMask", args }, systemFee: SETUP_FEE };
  });
}

const limitNote = (what: string) => (fit: { slopePerN: number; intercept: number }, cap: bigint) =>
  `the ${Number(cap) / 1e8} GAS system-fee cap (rpc.MaxGasInvoke) stops ${what} at n ≈ ${Math.floor((Number(cap) - fit.intercept) / fit.slopePerN).toLocaleString("en-US")} masks by the fit; the app file's range is n ≤ 1,000`;

/** voteWithCalculation ↔ submitVote by mask 1 on a proposal of mask 1, over n masks. */
export const VOTE: TransactionPair = {
  kind: "transaction",
  app: APP,
  hybrid: "voteWithCalculation",
  deprecated: "submitVote",
  nMeans: "masks (totalMasks), all active and undelegated: submitVote's scan reads every one",
  points: POINTS,
  setup: setup([
    (lane) => pay(lane, PROPOSAL_FEE),
    (lane) => ({ sender: user(lane), call: { contract: lane.app, method: "createProposal", args: [arg.int(1), arg.str("gas"), arg.str(""), arg.int(1), arg.int(receiptId(lane.outcomes[2 * lane.n]))] }, systemFee: SETUP_FEE }),
    (lane) => pay(lane, VOTE_FEE),
  ]),
  call(lane, path) {
    const u = user(lane);
    const receipt = arg.int(receiptId(lane.outcomes[2 * lane.n + 2]));
    const args = path === "hybrid" ? [arg.hash160(u.scriptHash), arg.int(1), arg.int(1), arg.int(1), arg.int(1), receipt] : [arg.int(1), arg.int(1), arg.int(1), receipt];
    return { sender: u, call: { contract: lane.app, method: path === "hybrid" ? "voteWithCalculation" : "submitVote", args } };
  },
  limitNote: limitNote("submitVote"),
};

/**
 * getCachedDelegatedPower ↔ getEffectiveVotingPower of mask 1 over n masks. Safe getters, measured
 * here as transactions (a test-invocation pair has no set-up, so it could not hold n masks); they
 * store nothing either way.
 */
export const EFFECTIVE_POWER: TransactionPair = {
  kind: "transaction",
  app: APP,
  hybrid: "getCachedDelegatedPower",
  deprecated: "getEffectiveVotingPower",
  nMeans: "masks (totalMasks), all active and undelegated: the scan reads every one",
  points: POINTS,
  setup: setup([]),
  call: (lane, path) => ({ sender: user(lane), call: { contract: lane.app, method: path === "hybrid" ? "getCachedDelegatedPower" : "getEffectiveVotingPower", args: [arg.int(1)] } }),
  limitNote: limitNote("getEffectiveVotingPower"),
};

/** delegateWithCacheUpdate ↔ delegateVote (both O(1), the cache maintained by both): mask 1 → mask 2, over n masks. */
export const DELEGATE: TransactionPair = {
  kind: "transaction",
  app: APP,
  hybrid: "delegateWithCacheUpdate",
  deprecated: "delegateVote",
  nMeans: "masks (totalMasks); both paths update the cache in O(1)",
  deprecatedClass: "constant",
  points: POINTS,
  setup: setup([]),
  call(lane, path) {
    const u = user(lane);
    const args = path === "hybrid" ? [arg.hash160(u.scriptHash), arg.int(1), arg.int(2)] : [arg.int(1), arg.int(2)];
    return { sender: u, call: { contract: lane.app, method: path === "hybrid" ? "delegateWithCacheUpdate" : "delegateVote", args } };
  },
  limitNote: () => "no chain limit depends on n: both paths are O(1)",
};

export const MASQUERADE_DAO_PAIRS = [VOTE, EFFECTIVE_POWER, DELEGATE] as const;
