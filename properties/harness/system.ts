import type { ContractCall } from "../../neo-express/driver/contract-call.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { Observation } from "../../neo-express/driver/observation.js";

/**
 * One side of a differential run: the chain (neo-express through the driver) or the model.
 * Both take the same plain calls and return the same Outcome; senders are the world's logical
 * account names (`admin`, `tee`, `treasury`, `u1`…`u6`).
 */
export interface System {
  readonly side: "model" | "chain";
  /** A transaction by `sender` in a block of its own at `time` (ms). */
  invoke(call: ContractCall, sender: string, time: bigint): Promise<Outcome>;
  /**
   * A test invocation. It sees T_last + MS_PER_BLOCK: the chain knows that time (a dBFT block
   * may have moved T_last) and reports it in the Outcome; the model is then given the same time.
   */
  testInvoke(call: ContractCall, time: bigint): Promise<Outcome>;
  /**
   * The full storage of each contract, and the GAS and NEO balances of accounts or contracts
   * (display hashes) net of what the model does not model: the chain side adds back the network
   * and system fees each account paid and subtracts the GAS that NEO minted to it (spec README
   * §10 G5). On a chain: one round trip.
   */
  observe(contracts: readonly string[], accounts: readonly string[]): Promise<Observation>;
  /** `invoke`, then `observe` (on the engine lane: one message). */
  invokeObserved(call: ContractCall, sender: string, time: bigint, contracts: readonly string[], accounts: readonly string[]): Promise<{ outcome: Outcome; observation: Observation }>;
}

/**
 * The model side, whose GAS ledger books what the chain charged and minted: the chain decides
 * the fees of a transaction (it builds it), and the model must know them before the call runs so
 * that a transfer near the edge of a balance is decided alike (spec README §10 G5 then compares
 * balances net of fees and minted GAS on both sides).
 */
export interface LedgerSide extends System {
  /** Burns the fees of the transaction `sender` is about to send. */
  payFee(sender: string, fee: bigint): void;
  /** The GAS `sender` holds now, net of nothing: what its next transaction's fees are paid from. */
  gasOf(sender: string): bigint;
  /** Credits the GAS that NEO minted in the last transaction (display hash → datoshi). */
  credit(minted: ReadonlyMap<string, bigint>): void;
}
