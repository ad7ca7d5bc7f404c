import type { ChainFile } from "../chain-file.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { Actor } from "./actor.js";
import type { ChainBackend, Step } from "./chain-backend.js";
import type { Observation } from "./observation.js";

/**
 * Where transactions run: `neo-express`, the real node over RPC (the judge), or `engine`, Neo
 * 3.5.0's own ApplicationEngine in a long-lived host process (fast, and checked against the judge
 * by the lane-equivalence property).
 */
export type Lane = "neo-express" | "engine";

export const LANES: readonly Lane[] = ["neo-express", "engine"];

/** A raw script as a transaction of a block (the deploy and GAS bench send scripts, not calls). */
export type ScriptStep = Omit<Step, "call"> & { readonly script: string };

/**
 * A chain backend of one lane, with what the world builder, the differential runner and the GAS
 * bench need besides the ChainBackend calls. Both lanes build and sign every transaction the same
 * way (TransactionFactory), so a step's fees, and hence every balance, agree to the datoshi.
 */
export interface LaneDriver extends ChainBackend {
  readonly lane: Lane;
  readonly chain: ChainFile;
  /** Fees (system + network, datoshi) paid by each sender in the last confirmed block: G5 nets them out. */
  readonly lastFees: readonly { readonly sender: string; readonly fee: bigint }[];
  addActor(actor: Actor): void;
  /**
   * Drops the actors of worlds that never run again (recycled): a campaign of 10,000 sequences
   * on neo-express otherwise keeps 90,000 accounts it will not sign for (issue #22).
   */
  forgetActors(actors: readonly Actor[]): void;
  /** A read-only run of a raw script (hex), as RPC `invokescript`; sees `Runtime.Time = T_last + msPerBlock`. */
  invokeScript(scriptHex: string, signers?: readonly Actor[]): Promise<Outcome>;
  confirmScripts(steps: readonly ScriptStep[], time: bigint): Promise<Outcome[]>;
  /** Balances of several accounts in one read. */
  balancesOf(token: string, accounts: readonly string[]): Promise<bigint[]>;
  /** Storage of `contracts` and GAS and NEO of `accounts`, in one round trip. */
  observe(contracts: readonly string[], accounts: readonly string[]): Promise<Observation>;
  /** `confirm` then `observe` in one round trip, where the lane can (the engine). */
  confirmObserved?(steps: readonly Step[], time: bigint, contracts: readonly string[], accounts: readonly string[]): Promise<{ outcomes: Outcome[]; observation: Observation }>;
}
