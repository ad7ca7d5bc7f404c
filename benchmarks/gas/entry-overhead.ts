import { u } from "@cityofzion/neon-core";
import { callScript, type ContractCall } from "../../neo-express/driver/contract-call.js";
import type { Rpc } from "../../neo-express/driver/rpc.js";

/** SYSCALL System.Contract.Call (0x41, interop hash 0x525b7d62 little-endian): the entry script's last instruction. */
const CONTRACT_CALL = "41627d5b52";

/**
 * A call's entry script is its argument pushes, PACK, the call flags, method and hash pushes and
 * one SYSCALL System.Contract.Call. Its own cost is measured on chain in two parts: the script
 * without that last instruction (test-invoked: it halts with the pushed items on the stack), plus
 * the syscall's fixed price, measured once with a method that returns at once (`contractCallPrice`).
 */
export async function entryCost(rpc: Rpc, call: ContractCall, contractCallPrice: bigint): Promise<bigint> {
  return (await pushCost(rpc, call)) + contractCallPrice;
}

/** GAS of the entry script without its final System.Contract.Call, datoshi. */
export async function pushCost(rpc: Rpc, call: ContractCall): Promise<bigint> {
  const script = callScript(call);
  if (!script.endsWith(CONTRACT_CALL)) throw new Error(`the entry script of ${call.method} does not end with System.Contract.Call`);
  const result = await rpc.call<{ state: string; gasconsumed: string; exception: string | null }>("invokescript", [u.hex2base64(script.slice(0, -CONTRACT_CALL.length)), []]);
  if (result.state !== "HALT") throw new Error(`the pushes of ${call.method}'s entry script FAULTed: ${result.exception}`);
  return BigInt(result.gasconsumed);
}

/** The fixed price of System.Contract.Call: a call of `noop()` (one RET, price 0) minus its pushes. */
export async function contractCallPrice(rpc: Rpc, noopContract: string): Promise<bigint> {
  const call: ContractCall = { contract: noopContract, method: "noop", args: [] };
  const result = await rpc.call<{ state: string; gasconsumed: string; exception: string | null }>("invokescript", [u.hex2base64(callScript(call)), []]);
  if (result.state !== "HALT") throw new Error(`noop() FAULTed: ${result.exception}`);
  return BigInt(result.gasconsumed) - (await pushCost(rpc, call));
}
