import type { ContractCall } from "../../neo-express/driver/contract-call.js";
import { toStackItem } from "../../neo-express/driver/abi-arg.js";
import type { Actor } from "../../neo-express/driver/actor.js";
import type { ModelChain } from "../../simulator/runtime/model-chain.js";
import { hash160FromDisplay } from "../../simulator/runtime/hash160.js";
import { sender as signer } from "../../simulator/runtime/witness.js";
import { parseSender } from "./sender-name.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { Observation } from "../../neo-express/driver/observation.js";
import { HarnessError } from "../../neo-express/harness-error.js";
import type { System } from "./system.js";

/**
 * The model side of one sequence: the reference model chain, addressed with the same logical
 * account names as the chain side. Every transaction has one signer, its sender, with scope
 * CalledByEntry (spec README §6), or None for a sender named `name/none` (sender-name.ts).
 */
export class ModelSystem implements System {
  readonly side = "model" as const;

  constructor(readonly chain: ModelChain, private readonly actors: ReadonlyMap<string, Actor>) {}

  async invoke(call: ContractCall, sender: string, time: bigint): Promise<Outcome> {
    const { name, witness } = parseSender(sender);
    // `/none`: the sender signs with WitnessScope.None (no scope flag admits any call).
    return this.chain.invoke(modelCall(call), { signers: [signer(this.accountOf(name), witness === "none" ? {} : undefined)], now: time });
  }

  async testInvoke(call: ContractCall, time: bigint): Promise<Outcome> {
    return this.chain.testInvoke(modelCall(call), time);
  }

  async invokeObserved(call: ContractCall, sender: string, time: bigint, contracts: readonly string[], accounts: readonly string[]) {
    const outcome = await this.invoke(call, sender, time);
    return { outcome, observation: await this.observe(contracts, accounts) };
  }

  async observe(contracts: readonly string[], accounts: readonly string[]): Promise<Observation> {
    return {
      storage: contracts.map((c) => this.chain.storage(c)),
      gas: accounts.map((a) => this.chain.balanceOf("GAS", hash160FromDisplay(a))),
      neo: accounts.map((a) => this.chain.balanceOf("NEO", hash160FromDisplay(a))),
    };
  }

  accountOf(name: string) {
    const actor = this.actors.get(name);
    if (!actor) throw new HarnessError("UNKNOWN_ACCOUNT", `no account "${name}" in the model`, "use admin, tee, treasury or u1…u6");
    return hash160FromDisplay("0x" + actor.scriptHash);
  }
}

export function modelCall(call: ContractCall) {
  return { contract: call.contract, method: call.method, args: call.args.map(toStackItem) };
}
