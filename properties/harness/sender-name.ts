/**
 * The sender of a step as commands name it: a world account's logical name (`admin`, `tee`, `u1`…),
 * optionally suffixed `/none`: the account signs (and pays the fees) with WitnessScope.None, so
 * `CheckWitness(account)` is false in every contract it calls ("no witness", the authorisation
 * case between "the right signer" and "another account"). Without the suffix the one signer has
 * the spec's CalledByEntry scope (README §6).
 */
export interface SenderSpec {
  readonly name: string;
  readonly witness: "entry" | "none";
}

export const NO_WITNESS = "/none";

export function parseSender(sender: string): SenderSpec {
  return sender.endsWith(NO_WITNESS) ? { name: sender.slice(0, -NO_WITNESS.length), witness: "none" } : { name: sender, witness: "entry" };
}
