import type { tx } from "@cityofzion/neon-core";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { Actor } from "./actor.js";
import type { ContractCall } from "./contract-call.js";
import type { FeePolicy } from "./fee-policy.js";

/** One transaction of a block: a call signed by `sender`. */
export interface Step {
  readonly call: ContractCall;
  readonly sender: Actor;
  readonly scopes?: tx.WitnessScope;
  readonly allowedContracts?: string[];
  /** Fixed system fee (datoshi); default: a test invocation's GAS plus a margin. */
  readonly systemFee?: bigint;
}

export interface StorageEntry {
  readonly keyHex: string;
  readonly valueHex: string;
}

/**
 * What the layers above (differential runner, GAS bench, CLI) need from a chain. Two backends
 * return the same Outcomes: neo-express over RPC (NeoExpressDriver) and the engine lane
 * (EngineDriver); LaneDriver (lane.ts) adds what the world builder and the runner need.
 */
export interface ChainBackend {
  readonly msPerBlock: bigint;
  readonly feePolicy: FeePolicy;
  /** T_last, the last block's timestamp (ms). */
  lastBlockTime(): bigint;
  actor(name: string): Actor;
  /** A read-only call seeing `Runtime.Time = T_last + msPerBlock`. */
  testInvoke(call: ContractCall, signers?: readonly Actor[]): Promise<Outcome>;
  /** The steps as transactions, in this order, in one new block with timestamp `time`. */
  confirm(steps: readonly Step[], time: bigint): Promise<Outcome[]>;
  deploy(nef: Uint8Array, manifest: string, sender: Actor, time: bigint): Promise<{ hash: string; outcome: Outcome }>;
  storage(contract: string, prefixHex?: string): Promise<StorageEntry[]>;
  balanceOf(token: string, account: string): Promise<bigint>;
}

