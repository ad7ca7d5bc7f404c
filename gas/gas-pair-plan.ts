import type { Actor } from "../neo-express/driver/actor.js";
import type { Step } from "../neo-express/driver/chain-backend.js";
import type { ContractCall } from "../neo-express/driver/contract-call.js";
import type { World } from "../neo-express/world/build-worlds.js";
import type { Outcome } from "../simulator/runtime/outcome.js";

/** Which side of a hybrid ↔ deprecated pair a measurement takes. */
export type PairPath = "hybrid" | "deprecated";

/**
 * One world's view while a pair is set up for one n: the world, its instance of the app, and the
 * outcomes of the set-up steps so far (a purchase reads its receipt id from the payment's
 * `PaymentReceived`).
 */
export interface Lane {
  readonly world: World;
  readonly app: string;
  readonly n: number;
  /**
   * The path this lane measures. Most pairs set every lane up alike; a pair whose two paths need
   * different set-ups (Lottery: an RNG draw whose callback is onServiceCallback or storeDrawRandomness) reads it.
   */
  readonly path: PairPath;
  readonly outcomes: readonly Outcome[];
}

/** A transaction of a lane: what to call and who signs. */
export interface LaneStep {
  readonly call: ContractCall;
  readonly sender: Actor;
  /**
   * The transaction's system fee (default: estimated as for every transaction, a test invocation
   * plus a tenth and 1 GAS). A lane with thousands of set-up steps may give a fixed one: the sender
   * pays the whole system fee of every step.
   */
  readonly systemFee?: bigint;
  /** The signer's witness scope and its CustomContracts (default CalledByEntry), e.g. a step that moves the sender's NEO (spec README §6). */
  readonly scopes?: Step["scopes"];
  readonly allowedContracts?: Step["allowedContracts"];
}

interface PairBase {
  /** App slug (simulator/registry.ts). */
  readonly app: string;
  /** Manifest method names: one name per thing, also the snapshot keys' first part. */
  readonly hybrid: string;
  readonly deprecated: string;
  /** What n counts, from the app file's pair table. */
  readonly nMeans: string;
  /**
   * The class G10 expects of the deprecated path: linear in n (absent), or constant where the app
   * file's pair is O(1) on both sides and compared for equivalence only (CoinFlip, DailyCheckin).
   */
  readonly deprecatedClass?: "constant";
  /** The n of the full sweep; the app file's range bounds the largest. */
  readonly points: readonly number[];
  /** Which chain limit stops a larger n, given the deprecated path's fitted slope and intercept (datoshi). */
  limitNote(deprecated: { slopePerN: number; intercept: number }, maxSystemFee: bigint): string;
}

/**
 * A pair whose methods change state: measured as confirmed transactions. Every lane runs the same
 * `setup` (one step per block, all lanes of the sweep in the same blocks), then its path's call.
 */
export interface TransactionPair extends PairBase {
  readonly kind: "transaction";
  /** One step per block; a lane whose n needs fewer steps returns undefined for the rest (nothing sent). */
  readonly setup: readonly ((lane: Lane) => LaneStep | undefined)[];
  call(lane: Lane, path: PairPath): LaneStep;
  /**
   * The time of the measuring block, given the earliest one (default: that one). The pair's lanes
   * are then measured in blocks of their own, after the pairs measured at the default time
   * (TimeCapsule: a day after the burials, on the scan's worst case `now ≡ 0 mod n`).
   */
  measureAt?(earliest: bigint): bigint;
}

/** A pair of safe getters: measured by test invocation, which stores nothing. */
export interface TestInvocationPair extends PairBase {
  readonly kind: "test-invocation";
  call(app: string, n: number, path: PairPath): ContractCall;
}

export type GasPairPlan = TransactionPair | TestInvocationPair;
