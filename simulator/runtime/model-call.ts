import type { Signer } from "./witness.js";
import type { StackItem } from "./stack-item.js";

/**
 * A call as the model takes it: the shape of the driver's ContractCall, with the arguments as
 * the stack items the VM hands the contract (the driver's `toStackItem` of each AbiArg).
 */
export interface ModelCall {
  /** Script hash, display form `0x…` (big-endian). */
  readonly contract: string;
  readonly method: string;
  readonly args: readonly StackItem[];
}

/** A transaction's context: its signers (the first is tx.Sender) and its block's timestamp. */
export interface TxContext {
  readonly signers: readonly Signer[];
  readonly now: bigint;
}
