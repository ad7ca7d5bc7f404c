import { arg, type AbiArg } from "./abi-arg.js";
import type { Actor } from "./actor.js";
import type { ContractCall } from "./contract-call.js";
import { GAS_HASH, NEO_HASH } from "./fee-policy.js";

/** NEP-17 `transfer(from, to, amount, data)` on GAS or NEO as a contract call. */
export function transferCall(token: "GAS" | "NEO", from: Actor, to: string, amount: bigint, data: AbiArg = arg.any()): ContractCall {
  return {
    contract: "0x" + (token === "GAS" ? GAS_HASH : NEO_HASH),
    method: "transfer",
    args: [arg.hash160(from.scriptHash), arg.hash160(to), arg.int(amount), data],
  };
}
