import type { ContractCall } from "../driver/contract-call.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";

/**
 * What building a world did, step by step, so the model replays the same fixture with the same
 * block timestamps (platform.md §6): each transaction's time, signer and call, and for a
 * deployment the contract's name and the hash the chain gave it.
 */
export type FixtureStep =
  | { readonly kind: "call"; readonly time: bigint; readonly sender: string; readonly call: ContractCall; readonly label: string }
  | {
    readonly kind: "deploy"; readonly time: bigint; readonly sender: string; readonly contractName: string; readonly hash: string; readonly label: string;
    /** The NEF (hex) and manifest deployed: the model accepts an update to exactly this code (ModelChain.deploy). */
    readonly code?: { readonly nef: string; readonly manifest: string };
  };

export interface ExecutedStep {
  readonly step: FixtureStep;
  readonly outcome: Outcome;
  /** System + network fee its sender paid (datoshi), burned before it ran: the model's ledger books it too. */
  readonly fee: bigint;
}

/** The NEF (hex) and manifest a world's fixture deployed at `hash` (what an update to the contract's own code sends). */
export function deployedCode(log: readonly ExecutedStep[], hash: string): { readonly nef: string; readonly manifest: string } {
  for (const { step } of log) if (step.kind === "deploy" && step.hash === hash && step.code) return step.code;
  throw new Error(`the fixture deployed no code at ${hash}`);
}
