// Spec: neo-gacha.md "Hybrid ↔ deprecated pairs" and NG-P4; README §10 G10. n = ItemCount
// (MAX_ITEMS_PER_MACHINE = 100, weights summing to 100). LOOPSEL stops at its first match, so the
// RNG result is forced to the input whose roll selects the machine's LAST item (README G10 worst
// case); getAvailableWeight and setMachineActive's loop always run over all n items.
import { tx } from "@cityofzion/neon-core";
import { arg } from "../../neo-express/driver/abi-arg.js";
import type { Actor } from "../../neo-express/driver/actor.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { inputSelecting } from "../../simulator/apps/neo-gacha/selection-math.js";
import { appBySlug } from "../../simulator/registry.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { Lane, LaneStep, PairPath, TransactionPair } from "../gas-pair-plan.js";

const APP = "neo-gacha";
const ENTRY = appBySlug(APP)!;
const POINTS = [1, 10, 25, 50, 100] as const;
const MAX_N = 100;
const PRICE = 10_000_000n;
const STOCK = 2n;

/** n weights summing to 100, as even as integers allow (the first 100 mod n get one more). */
export const weightsOf = (n: number): bigint[] => Array.from({ length: n }, (_, k) => BigInt(Math.floor(100 / n) + (k < 100 % n ? 1 : 0)));
/** The RNG result whose roll selects item n (LOOPSEL's worst case). */
const lastItemInput = (n: number): string => inputSelecting(weightsOf(n), BigInt(n));
const cwbOfLast = (n: number): bigint => weightsOf(n).slice(0, -1).reduce((a, b) => a + b, 0n);

const owner = (lane: Lane): Actor => lane.world.actors.users[0]!;
const legacyPlayer = (lane: Lane): Actor => lane.world.actors.users[1]!;
const hybridPlayer = (lane: Lane): Actor => lane.world.actors.users[2]!;
const token = (lane: Lane): string => lane.world.hashes.apps.get("ItemToken")!;
const app = (lane: Lane, method: string, ...args: ReturnType<typeof arg.int>[]) => ({ contract: lane.app, method, args });

function receiptId(payment: Outcome | undefined): bigint {
  const id = payment?.state === "HALT" ? payment.notifications.find((e) => e.eventName === "PaymentReceived")?.args[0] : undefined;
  if (id?.type !== "Integer") throw new Error("the payment emitted no PaymentReceived with an Integer paymentId");
  return id.value;
}

function requestOf(play: Outcome | undefined): bigint {
  const q = play?.state === "HALT" ? play.notifications.find((e) => e.eventName === "PlayRequested")?.args[3] : undefined;
  if (q?.type !== "Integer") throw new Error("the play emitted no PlayRequested");
  return q.value;
}

/**
 * Step j of a lane's set-up for n items: the owner mints 2n item tokens, creates machine 1, adds n
 * items (unit 1, weights summing to 100), deposits 2 of each (CalledByEntry + CustomContracts[
 * ItemToken]) and, with `plays`, activates it; two players pay; one plays by playMachine (request
 * q1 pending), the other by playMachineHybrid, whose request the TEE fulfils with the last-item
 * input (randomness stored). Steps past a smaller n's end are skipped.
 */
function setupStep(lane: Lane, j: number, plays: boolean): LaneStep | undefined {
  const n = lane.n;
  const o = owner(lane);
  if (j === 0) return { sender: o, call: { contract: token(lane), method: "mint", args: [arg.hash160(o.scriptHash), arg.int(STOCK * BigInt(n))] } };
  if (j === 1) return { sender: o, call: app(lane, "createMachine", arg.hash160(o.scriptHash), arg.str("bench"), arg.str(""), arg.str(""), arg.str(""), arg.int(PRICE)) };
  if (j < 2 + n) {
    const k = j - 1;
    return { sender: o, call: app(lane, "addMachineItem", arg.hash160(o.scriptHash), arg.int(1), arg.str(`item ${k}`), arg.int(weightsOf(n)[k - 1]!), arg.str(""), arg.int(1), arg.hash160(token(lane)), arg.int(1), arg.str("")) };
  }
  if (j < 2 + 2 * n) {
    const k = j - 1 - n;
    return { sender: o, scopes: tx.WitnessScope.CalledByEntry | tx.WitnessScope.CustomContracts, allowedContracts: [token(lane).startsWith("0x") ? token(lane) : "0x" + token(lane)],
      call: app(lane, "depositItem", arg.hash160(o.scriptHash), arg.int(1), arg.int(k), arg.int(STOCK)) };
  }
  if (!plays) return undefined;
  const base = 2 + 2 * n;
  const pay = (who: Actor): LaneStep => ({ sender: who, call: transferCall("GAS", who, lane.world.hashes.paymentHub, PRICE, arg.str(ENTRY.appId)) });
  switch (j - base) {
    case 0: return { sender: o, call: app(lane, "setMachineActiveWithValidation", arg.hash160(o.scriptHash), arg.int(1), arg.bool(true), arg.int(1)) };
    case 1: return pay(legacyPlayer(lane));
    case 2: return pay(hybridPlayer(lane));
    case 3: return { sender: legacyPlayer(lane), call: app(lane, "playMachine", arg.hash160(legacyPlayer(lane).scriptHash), arg.int(1), arg.int(receiptId(lane.outcomes[base + 1]))) };
    case 4: return { sender: hybridPlayer(lane), call: app(lane, "playMachineHybrid", arg.hash160(hybridPlayer(lane).scriptHash), arg.int(1), arg.int(receiptId(lane.outcomes[base + 2]))) };
    case 5: return { sender: lane.world.actors.tee, call: { contract: lane.world.hashes.gateway, method: "fulfillRequest", args: [arg.int(requestOf(lane.outcomes[base + 4])), arg.bool(true), arg.bytes(lastItemInput(n)), arg.str("")] } };
    default: return undefined;
  }
}

const setup = (plays: boolean) => Array.from({ length: 2 + 2 * MAX_N + 6 }, (_, j) => (lane: Lane) => setupStep(lane, j, plays));
const SETUP = setup(true);
const ITEMS_ONLY = setup(false);
const legacyRequest = (lane: Lane) => requestOf(lane.outcomes[2 + 2 * lane.n + 3]);

const feeCap = (fit: { slopePerN: number; intercept: number }, cap: bigint) => Math.floor((Number(cap) - fit.intercept) / fit.slopePerN).toLocaleString("en-US");
const limitNote = (method: string) => (fit: { slopePerN: number; intercept: number }, cap: bigint) =>
  `MAX_ITEMS_PER_MACHINE (100) stops n > 100 long before the ${Number(cap) / 1e8} GAS system-fee cap, which the fit puts at n ≈ ${feeCap(fit, cap)} for ${method}`;

/**
 * settlePlayWithRng ↔ onServiceCallback: the hybrid play 2 settled with the frontend's O(1)
 * selection (item n), or the legacy play 1's request fulfilled by the TEE account with the same
 * last-item input (gateway.fulfillRequest, whose callback walks all n items). The deprecated figure
 * is the whole fulfilment transaction, the gateway's part included.
 */
export const SETTLE: TransactionPair = {
  kind: "transaction", app: APP, hybrid: "settlePlayWithRng", deprecated: "onServiceCallback",
  nMeans: "ItemCount (the roll forced to the last item; the callback through gateway.fulfillRequest, TEE-signed)", points: POINTS, setup: SETUP,
  call: (lane, path: PairPath) => path === "hybrid"
    ? { sender: hybridPlayer(lane), call: app(lane, "settlePlayWithRng", arg.hash160(hybridPlayer(lane).scriptHash), arg.int(2), arg.int(lane.n), arg.int(cwbOfLast(lane.n)), arg.int(100)) }
    : { sender: lane.world.actors.tee, call: { contract: lane.world.hashes.gateway, method: "fulfillRequest", args: [arg.int(legacyRequest(lane)), arg.bool(true), arg.bytes(lastItemInput(lane.n)), arg.str("")] } },
  limitNote: limitNote("onServiceCallback"),
};

/** verifySelectionO1 ↔ calculateExpectedSelection with the last-item input (both safe; measured as transactions on machine 1's state). */
export const VERIFY: TransactionPair = {
  kind: "transaction", app: APP, hybrid: "verifySelectionO1", deprecated: "calculateExpectedSelection",
  nMeans: "ItemCount (the input selecting the last item)", points: POINTS, setup: SETUP,
  call: (lane, path: PairPath) => ({
    sender: owner(lane),
    call: path === "hybrid"
      ? app(lane, "verifySelectionO1", arg.int(1), arg.bytes(lastItemInput(lane.n)), arg.int(lane.n), arg.int(cwbOfLast(lane.n)), arg.int(100))
      : app(lane, "calculateExpectedSelection", arg.int(1), arg.bytes(lastItemInput(lane.n))),
  }),
  limitNote: limitNote("calculateExpectedSelection"),
};

/** The stored AvailableWeight (read through getMachine) ↔ getAvailableWeight's loop (measured as transactions). */
export const AVAILABLE: TransactionPair = {
  kind: "transaction", app: APP, hybrid: "getMachine", deprecated: "getAvailableWeight",
  nMeans: "ItemCount (getMachine returns the stored AvailableWeight)", points: POINTS, setup: SETUP,
  call: (lane, path: PairPath) => ({ sender: owner(lane), call: app(lane, path === "hybrid" ? "getMachine" : "getAvailableWeight", arg.int(1)) }),
  limitNote: limitNote("getAvailableWeight"),
};

/** setMachineActiveWithValidation(sample 1) ↔ setMachineActive: activating machine 1 with every item in stock. */
export const ACTIVATE: TransactionPair = {
  kind: "transaction", app: APP, hybrid: "setMachineActiveWithValidation", deprecated: "setMachineActive",
  nMeans: "ItemCount (every item available)", points: POINTS, setup: ITEMS_ONLY,
  call: (lane, path: PairPath) => ({
    sender: owner(lane),
    call: path === "hybrid"
      ? app(lane, "setMachineActiveWithValidation", arg.hash160(owner(lane).scriptHash), arg.int(1), arg.bool(true), arg.int(1))
      : app(lane, "setMachineActive", arg.hash160(owner(lane).scriptHash), arg.int(1), arg.bool(true)),
  }),
  limitNote: limitNote("setMachineActive"),
};

export const NEO_GACHA_PAIRS = [SETTLE, VERIFY, AVAILABLE, ACTIVATE] as const;
