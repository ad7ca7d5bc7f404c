import type { Hash160Le } from "./hash160.js";
import type { Hex } from "./hex.js";
import type { StackItem } from "./stack-item.js";
import type { StorageEntry } from "./storage.js";
import type { WitnessFrame } from "./witness.js";

/** CallFlags of System.Contract.Call that the contracts use. */
export type CallFlags = "All" | "ReadOnly";

/**
 * What one model call of a contract method receives (spec README §5 "Model call context"):
 * `now`, the transaction's signers, the executing/calling/entry script hashes, and the means to
 * act — storage of the executing contract, notifications, calls to other contracts.
 */
export interface CallContext extends WitnessFrame {
  readonly now: bigint;
  /** Called with CallFlags.ReadOnly (or a safe method): writes and notifications fault. */
  readonly readOnly: boolean;
  readonly storage: StorageView;
  notify(eventName: string, args: readonly StackItem[]): void;
  /** System.Contract.Call; a Void method's result is `{type: "Any"}`. */
  call(contract: Hash160Le, method: string, flags: CallFlags, args: readonly StackItem[]): StackItem;
  checkWitness(u: Hash160Le): boolean;
  /** `((Transaction)Runtime.ScriptContainer).Sender`: the first signer. */
  txSender(): Hash160Le;
  /** Token balances, for the native GAS and NEO models only. */
  readonly ledger: LedgerView;
  isContract(hash: Hash160Le): boolean;
  /** ContractManagement.update of the executing contract with `nef` (hex), `manifest` and `data` (Execution.updateContract). */
  updateSelf(nef: string, manifest: string, data: StackItem): void;
}

export interface StorageView {
  get(key: Hex): Hex | undefined;
  put(key: Hex, value: Hex): void;
  delete(key: Hex): void;
  find(prefix: Hex): StorageEntry[];
}

export interface LedgerView {
  balanceOf(account: Hash160Le): bigint;
  /** Moves `amount` of the executing token; the caller has checked the balance. */
  move(from: Hash160Le, to: Hash160Le, amount: bigint): void;
}
