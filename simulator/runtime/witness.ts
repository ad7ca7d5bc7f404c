import type { Hash160Le } from "./hash160.js";

/**
 * A transaction signer and its witness scope. Neo scopes are flags that combine: CalledByEntry
 * plus CustomContracts[token] is the scope of an app call that moves the signer's tokens
 * (spec README §6 "Witness scope").
 */
export interface Signer {
  readonly account: Hash160Le;
  readonly scopes: WitnessScopes;
}

export interface WitnessScopes {
  readonly global?: boolean;
  readonly calledByEntry?: boolean;
  readonly customContracts?: readonly Hash160Le[];
}

export const CALLED_BY_ENTRY: WitnessScopes = { calledByEntry: true };

/** The default signer of the spec: the sender with CalledByEntry. */
export function sender(account: Hash160Le, scopes: WitnessScopes = CALLED_BY_ENTRY): Signer {
  return { account, scopes };
}

export interface WitnessFrame {
  readonly signers: readonly Signer[];
  readonly executing: Hash160Le;
  readonly calling: Hash160Le;
  readonly entry: Hash160Le;
}

/**
 * CheckWitness(u), spec README §5 "Model call context": u = calling, or a signer with account u
 * whose scope admits the call — Global always, CalledByEntry when calling = entry,
 * CustomContracts when executing is listed.
 */
export function checkWitness(frame: WitnessFrame, u: Hash160Le): boolean {
  if (u === frame.calling) return true;
  return frame.signers.some((s) => s.account === u && admits(s.scopes, frame));
}

function admits(scopes: WitnessScopes, frame: WitnessFrame): boolean {
  if (scopes.global) return true;
  if (scopes.calledByEntry && frame.calling === frame.entry) return true;
  return (scopes.customContracts ?? []).includes(frame.executing);
}
