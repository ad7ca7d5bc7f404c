import type { StorageEntry } from "../../neo-express/driver/chain-backend.js";
import type { Observation } from "../../neo-express/driver/observation.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { Difference } from "../../reports/run-summary.js";

/**
 * Invariants checked on the chain's own state after every transaction, without the model: an
 * accounting identity (PaymentHub's Σ receipts − Σ withdrawn = balance, an app's conservation of
 * GAS) or an authorisation rule (only the updater fulfils) read from the storage, balances and
 * notifications the chain side observed. They hold whatever the model says, so a wrong model
 * cannot hide a wrong contract behind an agreement, and a property names the rule that broke.
 *
 * A property lists them (`worldRun(…, { invariants })`); the differential run evaluates them after
 * each transaction on the chain side (the engine lane in a lane-equivalence run) and reports each
 * problem like a mismatch (kind `invariant-violated`), so fast-check shrinks it as any other.
 */
export interface ChainInvariant {
  /** The spec's id of the rule (`PH-P2`), shown as the difference's field. */
  readonly name: string;
  /** What is wrong after this step, in words; empty when the rule holds. */
  check(step: ObservedStep): readonly string[];
}

/**
 * A property's invariants for one sequence, given the observed contracts' display hashes by label
 * (to pick their notifications): called once per sequence, so an invariant may accumulate
 * (Σ withdrawn) from the fixture's state, which has no receipts, requests or pauses.
 */
export type ChainInvariants = (contracts: ReadonlyMap<string, string>) => readonly ChainInvariant[];

/** The observed contracts' storage (key hex → value hex, keys as stored: prefix first) and GAS balances, by label. */
export interface ChainState {
  readonly storage: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** GAS of each observed account and contract, net of fees and NEO's minting (G5). */
  readonly gas: ReadonlyMap<string, bigint>;
}

/** One confirmed transaction as the chain side saw it. */
export interface ObservedStep {
  /** `u1: withdraw("miniapp-base-probe")`. */
  readonly call: string;
  /** The sender's logical name (`admin`, `u1`), its display hash, and whether it signed with a usable scope (not `/none`). */
  readonly sender: { readonly name: string; readonly hash: string; readonly witnessed: boolean };
  readonly outcome: Outcome;
  readonly before: ChainState;
  readonly after: ChainState;
}

/** Labels of the observed contracts and accounts, in the order of an Observation's lists. */
export interface ObservedLabels {
  readonly contracts: readonly { readonly label: string }[];
  readonly accounts: readonly { readonly label: string }[];
}

export function chainState(labels: ObservedLabels, o: Observation): ChainState {
  const table = (entries: readonly StorageEntry[]) => new Map(entries.map((e) => [e.keyHex, e.valueHex]));
  return {
    storage: new Map(labels.contracts.map(({ label }, i) => [label, table(o.storage[i]!)])),
    gas: new Map(labels.accounts.map(({ label }, i) => [label, o.gas[i]!])),
  };
}

/** Every problem of every invariant after one step, as differences on the chain side. */
export function invariantDifferences(invariants: readonly ChainInvariant[], step: ObservedStep): Difference[] {
  return invariants.flatMap((inv) => inv.check(step).map((problem): Difference => ({ kind: "invariant-violated", field: `invariant ${inv.name}`, chain: problem })));
}

/** The entries of one contract's storage under a one-byte prefix (hex), keyed by the rest of the key. */
export function entriesUnder(state: ChainState, contract: string, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of state.storage.get(contract) ?? []) if (key.startsWith(prefix)) out.set(key.slice(prefix.length), value);
  return out;
}
