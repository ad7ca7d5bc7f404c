// Spec: red-envelope.md "Hybrid ↔ deprecated pairs" and RE-P5; README §10 G10. n = packetCount
// (MAX_PACKETS = 100). The distribution has no early exit, so every n is its own worst case:
// D(s, T, n) and the O(n) storage run over all n packets.
import { arg } from "../../neo-express/driver/abi-arg.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { MIN_AMOUNT, MIN_PACKET, SCRIPT_NAME } from "../../simulator/apps/red-envelope/constants.js";
import { distribution } from "../../simulator/apps/red-envelope/distribution.js";
import { appBySlug } from "../../simulator/registry.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import { registeredScriptHash } from "../../simulator/tee/script-texts.js";
import type { Lane, LaneStep, PairPath, TransactionPair } from "../gas-pair-plan.js";

const APP = "red-envelope";
const ENTRY = appBySlug(APP)!;
const POINTS = [1, 10, 25, 50, 100] as const;
/** The RNG result the TEE delivers to the legacy envelope (platform.md §4: forced results are allowed). */
const RNG_RESULT = "ab".repeat(32);

/**
 * T = max(MIN_AMOUNT, n × MIN_PACKET): for n ≥ 10 every packet is MIN_PACKET (each range is 0, yet
 * each packet's hash and rand are still computed), so the stored amounts have the same length in
 * every world and the storage-price twin can be compared; for n = 1 the one packet is T.
 */
const total = (n: number) => (BigInt(n) * MIN_PACKET > MIN_AMOUNT ? BigInt(n) * MIN_PACKET : MIN_AMOUNT);
const creator = (lane: Lane) => lane.world.actors.users[0]!;

function receiptId(payment: Outcome | undefined): bigint {
  const id = payment?.state === "HALT" ? payment.notifications.find((e) => e.eventName === "PaymentReceived")?.args[0] : undefined;
  if (id?.type !== "Integer") throw new Error("the payment emitted no PaymentReceived with an Integer paymentId");
  return id.value;
}

/** The seed initiateEnvelope returned ([id, seed, scriptName]). */
function seedOf(initiate: Outcome | undefined): string {
  const seed = initiate?.state === "HALT" && initiate.stack[0]?.type === "Array" ? initiate.stack[0].items[1] : undefined;
  if (seed?.type !== "ByteString") throw new Error("initiateEnvelope returned no seed");
  return seed.hex;
}

/** The gateway request of createEnvelope (EnvelopeRequested's requestId). */
function requestOf(create: Outcome | undefined): bigint {
  const q = create?.state === "HALT" ? create.notifications.find((e) => e.eventName === "EnvelopeRequested")?.args[2] : undefined;
  if (q?.type !== "Integer") throw new Error("createEnvelope emitted no EnvelopeRequested");
  return q.value;
}

/**
 * Every lane, whatever its path, runs the same set-up: two payments of T, then envelope 1 by
 * `initiateEnvelope` (mode 0, pending with its seed) and envelope 2 by `createEnvelope` (mode 1,
 * its RNG request pending at the gateway). The measured call then acts on one of them.
 */
const SETUP: readonly ((lane: Lane) => LaneStep)[] = [
  (lane) => ({ sender: creator(lane), call: transferCall("GAS", creator(lane), lane.world.hashes.paymentHub, total(lane.n), arg.str(ENTRY.appId)) }),
  (lane) => ({ sender: creator(lane), call: transferCall("GAS", creator(lane), lane.world.hashes.paymentHub, total(lane.n), arg.str(ENTRY.appId)) }),
  (lane) => ({ sender: creator(lane), call: { contract: lane.app, method: "initiateEnvelope", args: order(lane, receiptId(lane.outcomes[0])) } }),
  (lane) => ({ sender: creator(lane), call: { contract: lane.app, method: "createEnvelope", args: order(lane, receiptId(lane.outcomes[1])) } }),
];

function order(lane: Lane, receipt: bigint) {
  return [arg.hash160(creator(lane).scriptHash), arg.int(total(lane.n)), arg.int(lane.n), arg.int(0), arg.str(""), arg.int(receipt)];
}

const lazySettle = (lane: Lane): LaneStep => ({
  sender: creator(lane),
  call: { contract: lane.app, method: "settleEnvelopeLazy", args: [arg.hash160(creator(lane).scriptHash), arg.int(1), arg.bytes(registeredScriptHash(ENTRY, SCRIPT_NAME))] },
});

const honestD = (lane: Lane) => distribution(seedOf(lane.outcomes[2]), total(lane.n), BigInt(lane.n)).map((a) => arg.int(a));

const feeCap = (fit: { slopePerN: number; intercept: number }, cap: bigint) => Math.floor((Number(cap) - fit.intercept) / fit.slopePerN).toLocaleString("en-US");
const limitNote = (method: string) => (fit: { slopePerN: number; intercept: number }, cap: bigint) =>
  `MAX_PACKETS (100) stops n > 100 long before the ${Number(cap) / 1e8} GAS system-fee cap, which the fit puts at n ≈ ${feeCap(fit, cap)} for ${method}`;

/** settleEnvelopeLazy ↔ settleEnvelope(D(seed)): the pending envelope 1 settled lazily (O(1)) or by the O(n) check and packet storage. */
export const SETTLE: TransactionPair = {
  kind: "transaction", app: APP, hybrid: "settleEnvelopeLazy", deprecated: "settleEnvelope",
  nMeans: "packetCount (T = max(0.1 GAS, n × 0.01 GAS))", points: POINTS, setup: SETUP,
  call: (lane, path: PairPath) => path === "hybrid" ? lazySettle(lane) : {
    sender: creator(lane),
    call: { contract: lane.app, method: "settleEnvelope", args: [arg.hash160(creator(lane).scriptHash), arg.int(1), arg.array(honestD(lane)), arg.bytes(registeredScriptHash(ENTRY, SCRIPT_NAME))] },
  },
  limitNote: limitNote("settleEnvelope"),
};

/**
 * settleEnvelopeLazy ↔ onServiceCallback: envelope 1 settled lazily, or the legacy envelope 2's RNG
 * request fulfilled by the TEE account (`gateway.fulfillRequest`, whose callback stores all n
 * packets). The deprecated figure is the whole fulfilment transaction, the gateway's part included.
 */
export const CALLBACK: TransactionPair = {
  kind: "transaction", app: APP, hybrid: "settleEnvelopeLazy", deprecated: "onServiceCallback",
  nMeans: "packetCount (the callback through gateway.fulfillRequest, TEE-signed)", points: POINTS, setup: SETUP,
  call: (lane, path: PairPath) => path === "hybrid" ? lazySettle(lane) : {
    sender: lane.world.actors.tee,
    call: { contract: lane.world.hashes.gateway, method: "fulfillRequest", args: [arg.int(requestOf(lane.outcomes[3])), arg.bool(true), arg.bytes(RNG_RESULT), arg.str("")] },
  },
  limitNote: limitNote("onServiceCallback"),
};

/**
 * verifyPacket ↔ verifyDistribution on the pending envelope 1 (both safe; measured as transactions
 * so that they run on its state). From n = 2: with n = 1 packet 0 is the last one, which NEXT
 * returns without hashing (a cheaper case, not the O(1) check's cost); nothing is stored, so
 * random packet amounts (n < 10) are no obstacle to the storage-price twins.
 */
export const VERIFY: TransactionPair = {
  kind: "transaction", app: APP, hybrid: "verifyPacket", deprecated: "verifyDistribution",
  nMeans: "packetCount (packet 0 of a pending envelope vs the whole D)", points: [2, 10, 25, 50, 100], setup: SETUP,
  call: (lane, path: PairPath) => ({
    sender: creator(lane),
    call: path === "hybrid"
      ? { contract: lane.app, method: "verifyPacket", args: [arg.int(1), arg.int(0), honestD(lane)[0]!] }
      : { contract: lane.app, method: "verifyDistribution", args: [arg.int(1), arg.array(honestD(lane))] },
  }),
  limitNote: limitNote("verifyDistribution"),
};

export const RED_ENVELOPE_PAIRS = [SETTLE, CALLBACK, VERIFY] as const;
