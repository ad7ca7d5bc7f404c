import type { Actor } from "../../neo-express/driver/actor.js";
import type { World } from "../../neo-express/world/build-worlds.js";
import type { ContractModel } from "../../simulator/runtime/contract-model.js";
import { ModelChain } from "../../simulator/runtime/model-chain.js";
import { hash160FromDisplay } from "../../simulator/runtime/hash160.js";
import { sender as signer } from "../../simulator/runtime/witness.js";
import type { Difference } from "../../reports/run-summary.js";
import { outcomeDiff } from "./outcome-diff.js";
import { modelCall } from "./model-system.js";

export interface ReplayedWorld {
  readonly model: ModelChain;
  /** Logical name (admin, tee, treasury, u1…u6) → the world's actor. */
  readonly actors: ReadonlyMap<string, Actor>;
  /** Fixture steps whose model outcome differed from the chain's: a disagreement already. */
  readonly differences: readonly { readonly label: string; readonly differences: readonly Difference[] }[];
}

/** The genesis account's holdings in the model: enough for every fixture; never compared. */
const GENESIS_GAS = 52_000_000n * 100_000_000n;
const GENESIS_NEO = 100_000_000n;

/**
 * Replays a world's fixture (built on chain, platform.md §6) into a fresh model chain with the
 * same signers, block timestamps and fees (burned from each sender first, as on chain), comparing
 * each step's outcome with the chain's. A
 * deployment is compared by state and notifications only: the chain returns the ContractState,
 * which the model does not build.
 */
export function replayWorld(world: World, genesis: Actor, modelOf: (contractName: string) => ContractModel): ReplayedWorld {
  const model = ModelChain.create();
  model.mint("GAS", hash160FromDisplay("0x" + genesis.scriptHash), GENESIS_GAS);
  model.mint("NEO", hash160FromDisplay("0x" + genesis.scriptHash), GENESIS_NEO);
  const { admin, tee, treasury, users } = world.actors;
  const logical = new Map<string, Actor>([["admin", admin], ["tee", tee], ["treasury", treasury], ...users.map((u, i) => [`u${i + 1}`, u] as const)]);
  const byName = new Map<string, Actor>([[genesis.name, genesis], ...[admin, tee, treasury, ...users].map((a) => [a.name, a] as const)]);
  const differences: { label: string; differences: Difference[] }[] = [];
  for (const { step, outcome: chain, fee } of world.log) {
    const sender = hash160FromDisplay("0x" + byName.get(step.sender)!.scriptHash);
    model.chargeFee(sender, fee);
    const tx = { signers: [signer(sender)], now: step.time };
    const result = step.kind === "deploy"
      ? model.deploy(step.hash, modelOf(step.contractName), tx, step.code)
      : model.invoke(modelCall(step.call), tx);
    const diff = step.kind === "deploy"
      ? outcomeDiff(result, chain.state === "HALT" ? { ...chain, stack: result.state === "HALT" ? result.stack : [] } : chain)
      : outcomeDiff(result, chain);
    if (diff.length > 0) differences.push({ label: `${step.sender}: ${step.label}`, differences: diff });
  }
  return { model, actors: logical, differences };
}
