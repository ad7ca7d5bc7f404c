import { setBounded } from "./bounded-map.js";
import { callScript } from "./contract-call.js";
import { arg } from "./abi-arg.js";
import type { StorageEntry } from "./chain-backend.js";
import { GAS_HASH, NEO_HASH } from "./fee-policy.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";

/** What a differential run compares after every transaction besides the outcome (G4, G5), read at once. */
export interface Observation {
  /** Full storage of each contract asked for, in the order asked, keys ascending. */
  readonly storage: readonly (readonly StorageEntry[])[];
  /** GAS and NEO balances of each account asked for, in the order asked. */
  readonly gas: readonly bigint[];
  readonly neo: readonly bigint[];
}

/** What one observation reads: the full storage of `contracts`, the balances of `accounts` (display hashes). */
export interface ObservedSet {
  readonly contracts: readonly string[];
  readonly accounts: readonly string[];
}

const calls = new Map<string, string>();
const CALLS_KEPT = 4_096;

/**
 * One script reading the GAS and then the NEO balance of every account: one test invocation per
 * observation. Each account's two calls are cached, not the whole script: shared blocks ask for
 * a new union of worlds' accounts in nearly every block.
 */
export function balancesScript(accounts: readonly string[]): string {
  return ["0x" + GAS_HASH, "0x" + NEO_HASH].flatMap((token) => accounts.map((a) => balanceCall(token, a))).join("");
}

/** The script of one `balanceOf(account)` on `token` (cached). */
export function balanceCall(token: string, account: string): string {
  const key = token + account;
  let script = calls.get(key);
  if (!script) {
    script = callScript({ contract: token, method: "balanceOf", args: [arg.hash160(account)] });
    // A campaign's worlds bring ever new accounts: only the last CALLS_KEPT stay.
    setBounded(calls, key, script, CALLS_KEPT);
  }
  return script;
}

/** The two halves of a balancesScript run. */
export function balancesOfOutcome(outcome: Outcome, accounts: number): { gas: bigint[]; neo: bigint[] } {
  if (outcome.state !== "HALT" || outcome.stack.length !== 2 * accounts) throw new Error(`reading balances failed: ${outcome.state === "FAULT" ? outcome.exception : "wrong stack"}`);
  const values = outcome.stack.map((item) => (item.type === "Integer" ? item.value : 0n));
  return { gas: values.slice(0, accounts), neo: values.slice(accounts) };
}

export function sortedEntries(entries: readonly { key: string; value: string }[]): StorageEntry[] {
  return entries
    .map((e) => ({ keyHex: e.key.toLowerCase(), valueHex: e.value.toLowerCase() }))
    .sort((a, b) => (a.keyHex < b.keyHex ? -1 : a.keyHex > b.keyHex ? 1 : 0));
}
