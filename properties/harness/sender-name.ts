/**
 * The sender of a step as commands name it: a world account's logical name (`admin`, `tee`, `u1`…),
 * optionally followed by its witness scope (spec README §6). The one signer of the transaction is
 * the sender; the suffix says which calls may see its witness:
 *
 * | sender              | scope                                        |
 * | ------------------- | -------------------------------------------- |
 * | `u1`                | CalledByEntry (the spec's default)            |
 * | `u1/none`           | None: `CheckWitness(u1)` is false everywhere ("no witness") |
 * | `u1/entry+NEO`      | CalledByEntry + CustomContracts[NEO]: an app call that moves u1's NEO |
 * | `u1/custom:NEO`     | CustomContracts[NEO] only: NEO sees the witness, the app does not |
 *
 * Several contracts are separated by commas (`u1/entry+NEO,ItemToken`). Contract names are those
 * of the world (world-contract-names.ts): `NEO`, `GAS`, the platform contracts, the apps by slug or
 * contract name, and extra contracts a world deploys. The sender (and its fees) is always the
 * named account; the same string is printed in reports and replays.
 */
export interface SenderSpec {
  readonly name: string;
  /** `entry`: CalledByEntry is in the scope; `none`: it is not (then only `customContracts` see the witness). */
  readonly witness: "entry" | "none";
  /** Contract names of CustomContracts, in the order written. */
  readonly customContracts: readonly string[];
}

export const NO_WITNESS = "/none";
const ENTRY_AND = "/entry+";
const CUSTOM_ONLY = "/custom:";

export function parseSender(sender: string): SenderSpec {
  const slash = sender.indexOf("/");
  if (slash < 0) return { name: sender, witness: "entry", customContracts: [] };
  const name = sender.slice(0, slash);
  const suffix = sender.slice(slash);
  if (suffix === NO_WITNESS) return { name, witness: "none", customContracts: [] };
  for (const [prefix, witness] of [[ENTRY_AND, "entry"], [CUSTOM_ONLY, "none"]] as const) {
    if (!suffix.startsWith(prefix)) continue;
    const customContracts = suffix.slice(prefix.length).split(",");
    if (customContracts.some((c) => c === "")) break;
    return { name, witness, customContracts };
  }
  throw new Error(`sender "${sender}": the scope suffix must be /none, /entry+<contracts> or /custom:<contracts> (comma-separated names)`);
}

/** The sender string of `name` signing with CalledByEntry plus CustomContracts[contracts]. */
export function entryAnd(name: string, ...contracts: string[]): string {
  return `${name}${ENTRY_AND}${contracts.join(",")}`;
}

/** The sender string of `name` signing with CustomContracts[contracts] only. */
export function customOnly(name: string, ...contracts: string[]): string {
  return `${name}${CUSTOM_ONLY}${contracts.join(",")}`;
}
