import type { Outcome } from "../../simulator/runtime/outcome.js";
import { HarnessError } from "../harness-error.js";
import { arg } from "./abi-arg.js";
import type { Actor } from "./actor.js";
import type { ChainBackend } from "./chain-backend.js";
import type { ContractCall } from "./contract-call.js";

/** The native ContractManagement contract, display form. */
export const CONTRACT_MANAGEMENT = "0xfffdc93764dbaddd97c48f252a53ea4643faa3fd";

/** `ContractManagement.deploy(nef, manifest, null)` as a call; the sender becomes the deployer. */
export function deployCall(nef: Uint8Array, manifest: string): ContractCall {
  return { contract: CONTRACT_MANAGEMENT, method: "deploy", args: [arg.bytes(Buffer.from(nef).toString("hex")), arg.str(manifest), arg.any()] };
}

/** The deployed contract's hash (display form), from ContractManagement's `Deploy` notification. */
export function deployedHash(outcome: Outcome): string {
  if (outcome.state !== "HALT") throw new Error("deployment FAULTed");
  const deployed = outcome.notifications.find((n) => n.eventName === "Deploy" && n.contract === CONTRACT_MANAGEMENT);
  const hash = deployed?.args[0];
  if (!hash || hash.type !== "ByteString") throw new Error("deployment without a Deploy notification");
  return "0x" + Buffer.from(hash.hex, "hex").reverse().toString("hex");
}

/**
 * Deploys in a block of its own at `time` on any lane; a FAULT is a harness error (the contracts
 * under test must deploy).
 */
export async function deployOn(driver: Pick<ChainBackend, "confirm">, nef: Uint8Array, manifest: string, sender: Actor, time: bigint): Promise<{ hash: string; outcome: Outcome }> {
  const [outcome] = await driver.confirm([{ call: deployCall(nef, manifest), sender }], time);
  if (!outcome || outcome.state !== "HALT") {
    throw new HarnessError("BLOCK_REJECTED", `deployment by ${sender.name} FAULTed: ${outcome?.state === "FAULT" ? outcome.exception : "no outcome"}`,
      "check the NEF and manifest (and that the same sender has not deployed a contract of this name before)");
  }
  return { hash: deployedHash(outcome), outcome };
}
