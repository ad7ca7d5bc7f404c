import { callScript, type ContractCall } from "../neo-express/driver/contract-call.js";
import type { LaneDriver } from "../neo-express/driver/lane.js";

type Reader = Pick<LaneDriver, "invokeScript">;

/** SYSCALL System.Contract.Call (0x41, interop hash 0x525b7d62 little-endian): the entry script's last instruction. */
const CONTRACT_CALL = "41627d5b52";

/**
 * A call's entry script is its argument pushes, PACK, the call flags, method and hash pushes and
 * one SYSCALL System.Contract.Call. Its own cost is measured on chain in two parts: the script
 * without that last instruction (test-invoked: it halts with the pushed items on the stack), plus
 * the syscall's fixed price, measured once with a method that returns at once (`contractCallPrice`).
 */
export async function entryCost(lane: Reader, call: ContractCall, contractCallPrice: bigint): Promise<bigint> {
  return (await pushCost(lane, call)) + contractCallPrice;
}

/** GAS of the entry script without its final System.Contract.Call, datoshi. */
export async function pushCost(lane: Reader, call: ContractCall): Promise<bigint> {
  const script = callScript(call);
  if (!script.endsWith(CONTRACT_CALL)) throw new Error(`the entry script of ${call.method} does not end with System.Contract.Call`);
  const result = await lane.invokeScript(script.slice(0, -CONTRACT_CALL.length));
  if (result.state !== "HALT") throw new Error(`the pushes of ${call.method}'s entry script FAULTed: ${result.exception}`);
  return result.gasConsumed!;
}

/** The fixed price of System.Contract.Call: a call of `noop()` (one RET, price 0) minus its pushes. */
export async function contractCallPrice(lane: Reader, noopContract: string): Promise<bigint> {
  const call: ContractCall = { contract: noopContract, method: "noop", args: [] };
  const result = await lane.invokeScript(callScript(call));
  if (result.state !== "HALT") throw new Error(`noop() FAULTed: ${result.exception}`);
  return result.gasConsumed! - (await pushCost(lane, call));
}
