import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { ChainFile } from "../chain-file.js";
import { actorNamed, chainFileActors, type Actor } from "./actor.js";
import type { Step, StorageEntry } from "./chain-backend.js";
import { callScript, type ContractCall } from "./contract-call.js";
import { deployOn } from "./deploy-call.js";
import type { FeePolicy } from "./fee-policy.js";
import type { Lane, LaneDriver, ScriptStep } from "./lane.js";
import type { Observation } from "./observation.js";

/**
 * What both lanes' drivers do alike: the chain file's actors (plus a world's, added as they are
 * made), calls as entry scripts, deployments and single balances. A lane supplies how scripts run
 * and are confirmed, and how state is read.
 */
export abstract class LaneDriverBase implements LaneDriver {
  abstract readonly lane: Lane;
  abstract readonly lastFees: readonly { readonly sender: string; readonly fee: bigint }[];
  private readonly actors: Map<string, Actor>;

  /** `actors`: known already (a driver bound to another's state), so the chain file's keys are not derived again. */
  protected constructor(readonly chain: ChainFile, readonly msPerBlock: bigint, readonly feePolicy: FeePolicy, actors?: Iterable<Actor>) {
    this.actors = actors ? new Map([...actors].map((a) => [a.name, a])) : chainFileActors(chain);
  }

  abstract lastBlockTime(): bigint;
  abstract invokeScript(scriptHex: string, signers?: readonly Actor[]): Promise<Outcome>;
  abstract confirmScripts(steps: readonly ScriptStep[], time: bigint): Promise<Outcome[]>;
  abstract storage(contract: string, prefixHex?: string): Promise<StorageEntry[]>;
  abstract balancesOf(token: string, accounts: readonly string[]): Promise<bigint[]>;
  abstract observe(contracts: readonly string[], accounts: readonly string[]): Promise<Observation>;

  actor(name: string): Actor {
    return actorNamed(this.actors, name);
  }

  /** Every actor this driver knows (the chain file's and the worlds'). */
  protected actorList(): Actor[] {
    return [...this.actors.values()];
  }

  addActor(actor: Actor): void {
    this.actors.set(actor.name, actor);
  }

  forgetActors(actors: readonly Actor[]): void {
    for (const a of actors) if (this.actors.get(a.name) === a) this.actors.delete(a.name);
  }

  /** How many actors this driver knows now (the chain file's and live worlds'). */
  actorCount(): number {
    return this.actors.size;
  }

  testInvoke(call: ContractCall, signers: readonly Actor[] = []): Promise<Outcome> {
    return this.invokeScript(callScript(call), signers);
  }

  confirm(steps: readonly Step[], time: bigint): Promise<Outcome[]> {
    return this.confirmScripts(steps.map((s) => ({ ...s, script: callScript(s.call) })), time);
  }

  deploy(nef: Uint8Array, manifest: string, sender: Actor, time: bigint): Promise<{ hash: string; outcome: Outcome }> {
    return deployOn(this, nef, manifest, sender, time);
  }

  async balanceOf(token: string, account: string): Promise<bigint> {
    return (await this.balancesOf(token, [account]))[0]!;
  }
}
