// Spec: compound-capsule.md "Hybrid ↔ legacy pairs" (O(1) both); README §10 G10.
import { tx } from "@cityofzion/neon-core";
import { arg } from "../../neo-express/driver/abi-arg.js";
import { NEO_HASH } from "../../neo-express/driver/fee-policy.js";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import { DAY } from "../../simulator/bases/mini-app-base.js";
import { apyBps, fee, penalty, yieldOf } from "../../simulator/apps/compound-capsule/formulas.js";
import type { Lane, LaneStep, TransactionPair } from "../gas-pair-plan.js";

const APP = "compound-capsule";
const LOCK_DAYS = 7n;

const user = (lane: Lane) => lane.world.actors.users[0]!;

/** The new capsule's id: createCapsule's return value. */
function capsuleId(created: Outcome | undefined): bigint {
  const id = created?.state === "HALT" ? created.stack[0] : undefined;
  if (id?.type !== "Integer") throw new Error("createCapsule returned no Integer id");
  return id.value;
}

/** The owner locks n NEO for 7 days, signing with CalledByEntry + CustomContracts[NEO] (README §6). */
const lock = (lane: Lane): LaneStep => ({
  sender: user(lane),
  scopes: tx.WitnessScope.CalledByEntry | tx.WitnessScope.CustomContracts,
  allowedContracts: [NEO_HASH],
  call: { contract: lane.app, method: "createCapsule", args: [arg.hash160(user(lane).scriptHash), arg.int(lane.n), arg.int(LOCK_DAYS)] },
});

/**
 * First, 1,000 NEO sent to the app unsolicited (accepted without effect). Decision: both paths move
 * the app's NEO, and NEO then mints the app its GAS share and calls its onNEP17Payment, but only
 * when that share is at least one datoshi (about 0.5 datoshi per block per NEO held): with the
 * principal alone (n = 1) the callback would run in one storage-price twin and not the other.
 * Holding 1,000 more NEO makes the mint, and its cost, part of every measured call.
 */
const preload = (lane: Lane): LaneStep => ({ sender: user(lane), call: transferCall("NEO", user(lane), lane.app, 1_000n) });

const NOTE = "no chain limit applies: neither path loops (compound-capsule.md: both O(1))";

/**
 * unlockCapsuleWithCalculation ↔ unlockCapsule on a 7-day capsule of n NEO, measured 8 days after
 * the locks (past every lane's unlock time): one CompoundAdded, the NEO back (with NEO's GAS mint to the
 * app), the net yield in GAS.
 * Decision: the app file gives the pairs no n (both O(1)); the sweep needs one, so n is the
 * principal in NEO, which neither path loops over (only the yield's digits grow). Both series
 * must come out constant.
 */
export const UNLOCK: TransactionPair = {
  kind: "transaction",
  app: APP,
  hybrid: "unlockCapsuleWithCalculation",
  deprecated: "unlockCapsule",
  deprecatedClass: "constant",
  nMeans: "the capsule's principal in NEO (no n in the app file: both O(1)); a 7-day capsule unlocked after its unlock time",
  points: [1, 10, 100, 1_000],
  setup: [preload, lock],
  call(lane, path) {
    const id = arg.int(capsuleId(lane.outcomes[1]));
    const y = yieldOf(BigInt(lane.n), apyBps(LOCK_DAYS), LOCK_DAYS * DAY);
    const args = path === "hybrid" ? [id, arg.int(y), arg.int(fee(y)), arg.int(y - fee(y))] : [id];
    return { sender: user(lane), call: { contract: lane.app, method: path === "hybrid" ? "unlockCapsuleWithCalculation" : "unlockCapsule", args } };
  },
  measureAt: (earliest) => earliest + (LOCK_DAYS + 1n) * DAY,
  limitNote: () => NOTE,
};

/** earlyWithdrawWithCalculation ↔ earlyWithdraw on a 7-day capsule of n NEO, measured before its unlock time. */
export const EARLY: TransactionPair = {
  kind: "transaction",
  app: APP,
  hybrid: "earlyWithdrawWithCalculation",
  deprecated: "earlyWithdraw",
  deprecatedClass: "constant",
  nMeans: "the capsule's principal in NEO (no n in the app file: both O(1)); withdrawn before its unlock time",
  points: [1, 10, 100, 1_000],
  setup: [preload, lock],
  call(lane, path) {
    const id = arg.int(capsuleId(lane.outcomes[1]));
    const pen = penalty(BigInt(lane.n));
    const args = path === "hybrid" ? [id, arg.int(pen), arg.int(BigInt(lane.n) - pen)] : [id];
    return { sender: user(lane), call: { contract: lane.app, method: path === "hybrid" ? "earlyWithdrawWithCalculation" : "earlyWithdraw", args } };
  },
  limitNote: () => NOTE,
};

export const COMPOUND_CAPSULE_PAIRS = [UNLOCK, EARLY] as const;
