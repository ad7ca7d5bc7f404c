import { sc } from "@cityofzion/neon-core";
import type { Actor } from "./actor.js";
import { stripHex, type ContractCall } from "./contract-call.js";
import { GAS_HASH, NEO_HASH } from "./fee-policy.js";

/** NEP-17 `transfer(from, to, amount, data)` on GAS or NEO as a contract call. */
export function transferCall(token: "GAS" | "NEO", from: Actor, to: string, amount: bigint, data: sc.ContractParam = sc.ContractParam.any(null)): ContractCall {
  return {
    contract: "0x" + (token === "GAS" ? GAS_HASH : NEO_HASH),
    method: "transfer",
    args: [sc.ContractParam.hash160(from.scriptHash), sc.ContractParam.hash160(stripHex(to)), sc.ContractParam.integer(amount.toString()), data],
  };
}
