import type { Observation } from "../../neo-express/driver/observation.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { ChainInvariant } from "../harness/chain-invariant.js";
import type { Observed } from "../harness/differential-run.js";
import { parseSender } from "../harness/sender-name.js";

/** The observed contracts' storage (key hex → value hex, prefix first) and the GAS of observed accounts, by label. */
export interface ChainState {
  readonly storage: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly gas: ReadonlyMap<string, bigint>;
}

/** One step as the chain showed it, with the state before it: an authorisation rule needs both (who changed what). */
export interface Transition {
  readonly call: string;
  /** The sender's logical name, display hash, and whether it signed with a usable scope (not `/none`). */
  readonly sender: { readonly name: string; readonly hash: string; readonly witnessed: boolean };
  readonly outcome: Outcome;
  readonly before: ChainState;
  readonly after: ChainState;
}

function chainState(observed: Observed, o: Observation): ChainState {
  return {
    storage: new Map(observed.contracts.map(({ label }, i) => [label, new Map(o.storage[i]!.map((e) => [e.keyHex, e.valueHex]))])),
    gas: new Map(observed.accounts.map(({ label }, i) => [label, o.gas[i]!])),
  };
}

/** A ChainInvariant over each step's before and after state, from the world as the fixture left it. */
export function transitionInvariant(id: string, check: (t: Transition) => readonly string[]): ChainInvariant {
  let before: ChainState | undefined;
  return {
    id,
    start(initial, observed) {
      before = chainState(observed, initial);
    },
    check(step) {
      const after = chainState(step.observed, step.observation);
      const { name, witness } = parseSender(step.sender);
      const hash = step.observed.accounts.find((a) => a.label === name)?.hash ?? "";
      const problems = check({ call: step.call, sender: { name, hash, witnessed: witness === "entry" }, outcome: step.outcome, before: before!, after });
      before = after;
      return problems;
    },
  };
}

/** The entries of one contract's storage under a one-byte prefix (hex), keyed by the rest of the key. */
export function entriesUnder(state: ChainState, contract: string, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of state.storage.get(contract) ?? []) if (key.startsWith(prefix)) out.set(key.slice(prefix.length), value);
  return out;
}
