import type { ModelChain } from "../../simulator/runtime/model-chain.js";
import { arg, type AbiArg } from "../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../neo-express/driver/contract-call.js";
import type { DifferentialRun } from "../harness/differential-run.js";
import { chainActor } from "../harness/chain-actor.js";
import type { DeployedCode } from "../../simulator/runtime/model-chain.js";

/**
 * What the commands of a platform-contract sequence know (fast-check's "model" object): the model,
 * the world's contract hashes (the three platform contracts and the probe app that calls them),
 * the receipt and request ids the model issued so far, and T_last.
 */
export interface PlatformSequence {
  readonly model: ModelChain;
  readonly paymentHub: string;
  readonly gateway: string;
  readonly pauseRegistry: string;
  /** MiniAppBaseProbe: requests RNG from the gateway and is called back; pays through the hub; asks the registry. */
  readonly probe: string;
  readonly receipts: bigint[];
  readonly requests: bigint[];
  time: bigint;
  /** The NEF (hex) and manifest the fixture deployed for the hub and the gateway: ADMIN's real update sends them. */
  readonly code: { readonly paymentHub: DeployedCode; readonly gateway: DeployedCode };
}

/** A platform sequence's contracts by role. */
export type PlatformRole = "paymentHub" | "gateway" | "pauseRegistry" | "probe";

export function callOf(m: PlatformSequence, role: PlatformRole, method: string, ...args: AbiArg[]): ContractCall {
  return { contract: m[role], method, args };
}

/**
 * An address argument by name: a world account (`admin`, `tee`, `treasury`, `u1`…), a contract of
 * the sequence (`probe`, `paymentHub`, …), or `zero` (UInt160.Zero, the invalid address).
 */
export function address(m: PlatformSequence, r: DifferentialRun, name: string): AbiArg {
  if (name === "zero") return arg.hash160("00".repeat(20));
  if (name === "probe" || name === "paymentHub" || name === "gateway" || name === "pauseRegistry") return arg.hash160(m[name]);
  return arg.hash160(chainActor(r, name).scriptHash);
}

/** An id taken from those issued so far: the last, the first, one never issued (0, or one past the last). */
export function pickId(ids: readonly bigint[], pick: number): bigint {
  switch (pick) {
    case 0: return ids.at(-1) ?? 1n;
    case 1: return ids[0] ?? 1n;
    case 2: return 0n;
    default: return (ids.at(-1) ?? 0n) + 1n;
  }
}
