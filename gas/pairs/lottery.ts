// Spec: lottery.md "Hybrid ↔ deprecated / legacy pairs", LO-P4 and "Generator bounds"; README §10
// G10. n = EntryCount of round 1 (≤ 500: the stack bound of getRoundParticipantsForFrontend) or a
// player's scratch tickets (≤ 200). Worst case of the winner walk (README G10, a loop that stops at
// its first match): every entry holds one ticket (T = n) and the RNG result is forced so that the
// winning ticket w(R, n) = n − 1 lies in the last entry; the TEE delivers it (platform.md §4:
// forced results are allowed).
import { arg } from "../../neo-express/driver/abi-arg.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { SCRIPT_DRAW, TICKET_PRICE } from "../../simulator/apps/lottery/constants.js";
import { DEFAULT_CONFIGS } from "../../simulator/apps/lottery/config.js";
import { winningTicket } from "../../simulator/apps/lottery/prize.js";
import { appBySlug } from "../../simulator/registry.js";
import { bytesOfInt } from "../../simulator/runtime/integer-bytes.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import { registeredScriptHash } from "../../simulator/tee/script-texts.js";
import type { Lane, LaneStep, PairPath, TransactionPair } from "../gas-pair-plan.js";
import { BENCHMARK_BET_LIMITS } from "./doomsday-clock.js";
import { receiptId } from "./receipt-id.js";

const APP = "lottery";
const ENTRY = appBySlug(APP)!;
/** MIN_PARTICIPANTS = 3 distinct players: no draw below n = 3; n = 3 and 4 are the points `npm test` checks (gas/lottery-snapshot.chain.test.ts). */
const POINTS = [3, 4, 100, 250, 500] as const;
const MAX_ENTRIES = POINTS.at(-1)!;
const SCRATCH_POINTS = [3, 4, 50, 100, 200] as const;
/** A payment or a one-ticket purchase costs well under 2 GAS; the sender pays the system fee it names. */
const SETUP_FEE = 200_000_000n;

const player = (lane: Lane, k: number) => lane.world.actors.users[k % 3]!;
const admin = (lane: Lane) => lane.world.actors.admin;

/**
 * The forced RNG result for T = n one-ticket entries: the first 32-byte R = bytes(i) padded, i = 0, 1, …,
 * with w(R, n) = n − 1, so that the winner walk reads every entry (its worst case).
 */
export function lastEntryResult(n: number): string {
  for (let i = 0n; ; i++) {
    const r = bytesOfInt(i).padEnd(64, "0");
    if (winningTicket(r, BigInt(n)) === BigInt(n - 1)) return r;
  }
}

/** Set-up step j of the n-entry lanes: 0 benchmark limits; 2k + 1 pays, 2k + 2 buys one ticket (entry k, player k mod 3). */
function entryStep(j: number) {
  return (lane: Lane): LaneStep | undefined => {
    if (j === 0) return { sender: admin(lane), call: { contract: lane.app, method: "setGameBetLimits", args: BENCHMARK_BET_LIMITS.map((v) => arg.int(v)) } };
    const k = Math.floor((j - 1) / 2);
    if (k >= lane.n) return undefined;
    const u = player(lane, k);
    if (j % 2 === 1) return { sender: u, call: transferCall("GAS", u, lane.world.hashes.paymentHub, TICKET_PRICE, arg.str(ENTRY.appId)), systemFee: SETUP_FEE };
    return { sender: u, call: { contract: lane.app, method: "buyTickets", args: [arg.hash160(u.scriptHash), arg.int(1), arg.int(receiptId(lane.outcomes[j - 1]))] }, systemFee: SETUP_FEE };
  };
}

const ENTRY_STEPS = Array.from({ length: 1 + 2 * MAX_ENTRIES }, (_, j) => entryStep(j));
/** The outcome index of the draw request (outcomes are compact: a lane's skipped steps leave none). */
const drawAt = (lane: Lane) => 1 + 2 * lane.n;

function requestOf(initiate: Outcome | undefined): bigint {
  const q = initiate?.state === "HALT" ? initiate.notifications.find((e) => e.eventName === "DrawInitiated")?.args[1] : undefined;
  if (q?.type !== "Integer") throw new Error("the draw request emitted no DrawInitiated with an Integer requestId");
  return q.value;
}

const initiate = (method: "initiateDraw" | "initiateDrawHybrid") => (lane: Lane): LaneStep => ({ sender: admin(lane), call: { contract: lane.app, method, args: [] } });
const fulfil = (lane: Lane): LaneStep => ({
  sender: lane.world.actors.tee,
  call: { contract: lane.world.hashes.gateway, method: "fulfillRequest", args: [arg.int(requestOf(lane.outcomes[drawAt(lane)])), arg.bool(true), arg.bytes(lastEntryResult(lane.n)), arg.str("")] },
});
const settle = (lane: Lane): LaneStep => ({
  sender: lane.world.actors.users[3] ?? admin(lane),
  call: {
    contract: lane.app, method: "settleRoundOptimized",
    args: [arg.int(1), arg.hash160(player(lane, lane.n - 1).scriptHash), arg.int(lane.n - 1), arg.bytes(registeredScriptHash(ENTRY, SCRIPT_DRAW))],
  },
});

const feeCap = (fit: { slopePerN: number; intercept: number }, cap: bigint) => Math.floor((Number(cap) - fit.intercept) / fit.slopePerN).toLocaleString("en-US");
const limitNote = (method: string, bound: string) => (fit: { slopePerN: number; intercept: number }, cap: bigint) =>
  `${bound} long before the ${Number(cap) / 1e8} GAS system-fee cap, which the fit puts at n ≈ ${feeCap(fit, cap)} for ${method}`;
const STACK_BOUND = "the app file's generator bound (EntryCount ≤ 500: getRoundParticipantsForFrontend's 13 + 3n stack items under NeoVM's 2,048) stops n > 500";

/**
 * settleRoundOptimized ↔ onServiceCallback (LO-P3/P4): after n entries, the hybrid lane's draw is
 * initiateDrawHybrid with the forced result stored by storeDrawRandomness, then the O(1) settlement
 * of the honest claim (the last entry); the deprecated lane's draw is initiateDraw, and the measured
 * transaction is the TEE's fulfilment whose callback walks all n entries (the gateway's part included).
 */
export const SETTLE: TransactionPair = {
  kind: "transaction", app: APP, hybrid: "settleRoundOptimized", deprecated: "onServiceCallback",
  nMeans: "EntryCount (one ticket each; the winner in the last entry)", points: POINTS,
  setup: [...ENTRY_STEPS,
    (lane) => initiate(lane.path === "hybrid" ? "initiateDrawHybrid" : "initiateDraw")(lane),
    (lane) => (lane.path === "hybrid" ? fulfil(lane) : undefined)],
  call: (lane, path: PairPath) => (path === "hybrid" ? settle(lane) : fulfil(lane)),
  limitNote: limitNote("onServiceCallback", STACK_BOUND),
};

/**
 * The range check ↔ selectWinner (safe, measured as a transaction on the round's state): with the
 * forced result stored, settleRoundOptimized's O(1) check of the last entry vs the O(n) walk
 * selectWinner(1, R) to the same entry.
 */
export const SELECT: TransactionPair = {
  kind: "transaction", app: APP, hybrid: "settleRoundOptimized", deprecated: "selectWinner",
  nMeans: "EntryCount (one ticket each; the winner in the last entry)", points: POINTS,
  setup: [...ENTRY_STEPS, initiate("initiateDrawHybrid"), fulfil],
  call: (lane, path: PairPath) => (path === "hybrid" ? settle(lane) : {
    sender: admin(lane), call: { contract: lane.app, method: "selectWinner", args: [arg.int(1), arg.bytes(lastEntryResult(lane.n))] },
  }),
  limitNote: limitNote("selectWinner", STACK_BOUND),
};

/** getRoundEntry(1, n − 1) ↔ getRoundParticipantsForFrontend(1) (safe, as transactions): one entry vs all n; n = 500 shows the O(n) getter still HALTs at the bound. */
export const ENTRIES: TransactionPair = {
  kind: "transaction", app: APP, hybrid: "getRoundEntry", deprecated: "getRoundParticipantsForFrontend",
  nMeans: "EntryCount of round 1", points: POINTS, setup: ENTRY_STEPS,
  call: (lane, path: PairPath) => ({
    sender: admin(lane),
    call: path === "hybrid"
      ? { contract: lane.app, method: "getRoundEntry", args: [arg.int(1), arg.int(lane.n - 1)] }
      : { contract: lane.app, method: "getRoundParticipantsForFrontend", args: [arg.int(1)] },
  }),
  limitNote: limitNote("getRoundParticipantsForFrontend", STACK_BOUND),
};

/**
 * Set-up step j of the scratch lanes: 2k pays ScratchWin's price, 2k + 1 buys hybrid ticket k + 1 (all
 * by users[0], none revealed). Hybrid, since a legacy ticket stores a prize drawn from a seed that
 * contains the app's hash: its length would differ between a world and its storage-price twin.
 */
function scratchStep(j: number) {
  return (lane: Lane): LaneStep | undefined => {
    const k = Math.floor(j / 2);
    if (k >= lane.n) return undefined;
    const u = lane.world.actors.users[0]!;
    if (j % 2 === 0) return { sender: u, call: transferCall("GAS", u, lane.world.hashes.paymentHub, DEFAULT_CONFIGS[0]![0], arg.str(ENTRY.appId)), systemFee: SETUP_FEE };
    return { sender: u, call: { contract: lane.app, method: "buyScratchTicketHybrid", args: [arg.hash160(u.scriptHash), arg.int(0), arg.int(receiptId(lane.outcomes[j - 1]))] }, systemFee: SETUP_FEE };
  };
}

/** getScratchTicket (the frontend reads one ticket per id) ↔ getPlayerUnrevealedTickets (O(2n) over the player's n unrevealed tickets). */
export const UNREVEALED: TransactionPair = {
  kind: "transaction", app: APP, hybrid: "getScratchTicket", deprecated: "getPlayerUnrevealedTickets",
  nMeans: "the player's scratch tickets, all unrevealed (≤ 200)", points: SCRATCH_POINTS,
  setup: Array.from({ length: 2 * SCRATCH_POINTS.at(-1)! }, (_, j) => scratchStep(j)),
  call: (lane, path: PairPath) => ({
    sender: admin(lane),
    call: path === "hybrid"
      ? { contract: lane.app, method: "getScratchTicket", args: [arg.int(lane.n)] }
      : { contract: lane.app, method: "getPlayerUnrevealedTickets", args: [arg.hash160(lane.world.actors.users[0]!.scriptHash)] },
  }),
  limitNote: limitNote("getPlayerUnrevealedTickets", "the app file's generator bound (≤ 200 unrevealed tickets per player) stops n > 200"),
};

export const LOTTERY_PAIRS = [SETTLE, SELECT, ENTRIES, UNREVEALED] as const;
