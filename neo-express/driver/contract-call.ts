import { sc } from "@cityofzion/neon-core";
import { showArg, stripHex, toContractParam, type AbiArg } from "./abi-arg.js";

export { stripHex };

/**
 * A contract call as a plain value: which contract, which manifest method, which arguments.
 * The script that carries it holds one `System.Contract.Call` (CallFlags.All) and nothing else,
 * so the result stack holds exactly the return value (spec README §10 G1).
 */
export interface ContractCall {
  /** Contract script hash, display form `0x…` (big-endian). */
  readonly contract: string;
  readonly method: string;
  readonly args: readonly AbiArg[];
}

export function callScript(call: ContractCall): string {
  return sc.createScript({ scriptHash: stripHex(call.contract), operation: call.method, args: call.args.map(toContractParam) });
}

export function showCall(call: ContractCall): string {
  return `${call.method}(${call.args.map(showArg).join(", ")})`;
}
