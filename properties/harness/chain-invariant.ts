import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { Observation } from "../../neo-express/driver/observation.js";
import type { StorageEntry } from "../../neo-express/driver/chain-backend.js";
import { GAS_HASH } from "../../neo-express/driver/fee-policy.js";
import { intOfBytes } from "../../simulator/runtime/integer-bytes.js";
import type { Hex } from "../../simulator/runtime/hex.js";
import type { Observed } from "./differential-run.js";
import type { ContractCall } from "../../neo-express/driver/contract-call.js";

/**
 * What the chain showed after one transaction of a sequence: its outcome and everything observed
 * (storage of the observed contracts, GAS/NEO balances net of fees and NEO mints, README §10 G5).
 */
export interface ChainStep {
  readonly call: string;
  /** Who sent it, as commands name senders: `admin`, `u1`, `admin/none` (no witness, sender-name.ts). */
  readonly sender: string;
  /**
   * The call the transaction's script made, as sent to the chain (method and arguments): what an
   * observer of the chain sees in the transaction itself, e.g. the amount of a payment-less call
   * that books a value (BurnLeague's fundRewardPool). Absent where a step is built by hand.
   */
  readonly invocation?: ContractCall;
  readonly outcome: Outcome;
  readonly observation: Observation;
  readonly observed: Observed;
}

/**
 * An accounting invariant of the spec (G7 conservation, an app's pools and sums), computed after
 * every transaction from the chain's own observed state, WITHOUT the model: the model is the
 * spec's second reading, so a mistake that model and contract share passes the differential
 * comparison but fails here. One instance per sequence, so it may keep running sums (Σ of the
 * notifications so far); `start` sees the world as the fixture left it.
 * A violation is reported like a difference (kind `invariant-violation`, field = the id).
 */
export interface ChainInvariant {
  /** The spec's id: `G7`, `DD-P5`, `PH-P2`. */
  readonly id: string;
  /** The chain's state before the sequence's first transaction. */
  start?(initial: Observation, observed: Observed): void;
  /** What is violated after this step, each a sentence with the values; empty when it holds. */
  check(step: ChainStep): readonly string[];
}

/** The net GAS balance of an observed account or contract, by its label. */
export function gasOf(observation: Observation, observed: Observed, label: string): bigint {
  const i = observed.accounts.findIndex((a) => a.label === label);
  if (i < 0) throw new Error(`invariant: "${label}" is not an observed account`);
  return observation.gas[i]!;
}

/** The full storage of an observed contract, by its label. */
export function storageOf(observation: Observation, observed: Observed, label: string): readonly StorageEntry[] {
  const i = observed.contracts.findIndex((c) => c.label === label);
  if (i < 0) throw new Error(`invariant: "${label}" is not an observed contract`);
  return observation.storage[i]!;
}

/** The Integer stored at `keyHex` (absent → 0, README §3). */
export function storedInt(entries: readonly StorageEntry[], keyHex: string): bigint {
  const e = entries.find((x) => x.keyHex === keyHex.toLowerCase());
  return e ? intOfBytes(e.valueHex as Hex) : 0n;
}

/** A display hash (`0x…`, big-endian) as the 20 bytes a notification carries (little-endian hex). */
function littleEndian(hash: string): string {
  return Buffer.from(hash.replace(/^0x/, ""), "hex").reverse().toString("hex");
}

/**
 * The GAS a successful step moved to and from `hash`, read from the GAS contract's Transfer
 * notifications: `received` excludes the GAS that NEO mints (from null), which G5 nets out.
 */
export function gasMoved(outcome: Outcome, hash: string): { received: bigint; paid: bigint } {
  let received = 0n;
  let paid = 0n;
  if (outcome.state !== "HALT") return { received, paid };
  const me = littleEndian(hash);
  for (const n of outcome.notifications) {
    if (n.contract !== "0x" + GAS_HASH || n.eventName !== "Transfer") continue;
    const [from, to, amount] = n.args;
    if (amount?.type !== "Integer") continue;
    const fromMe = from?.type === "ByteString" && from.hex === me;
    const toMe = to?.type === "ByteString" && to.hex === me;
    if (fromMe && !toMe) paid += amount.value;
    if (toMe && !fromMe && from?.type === "ByteString") received += amount.value;
  }
  return { received, paid };
}
