import { u, type tx } from "@cityofzion/neon-core";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { readChainFile, DEFAULT_CHAIN_FILE, type ChainFile } from "../../chain-file.js";
import { HarnessError } from "../../harness-error.js";
import { arg } from "../abi-arg.js";
import { actorNamed, chainFileActors, type Actor } from "../actor.js";
import type { Step, StorageEntry } from "../chain-backend.js";
import { callScript, type ContractCall } from "../contract-call.js";
import { deployOn } from "../deploy-call.js";
import type { FeePolicy } from "../fee-policy.js";
import type { LaneDriver, ScriptStep } from "../lane.js";
import { sortedEntries, type Observation } from "../observation.js";
import { toOutcome, type ExecutionJson } from "../to-outcome.js";
import { feesOf, signerJson, TransactionFactory, type DriverOptions } from "../transaction-factory.js";
import { EngineHost, hostError } from "./engine-host.js";

/** The tip as the host reports it. */
interface TipJson {
  index: number;
  hash: string;
  timestamp: string;
}

interface Hello {
  magic: number;
  msPerBlock: number;
  genesisHash: string;
  tip: TipJson;
}

/** A captured engine state (see EngineDriver.fork). */
export interface EngineState {
  readonly id: number;
  readonly tip: TipJson;
}

/**
 * The engine lane: the same ChainBackend as NeoExpressDriver, on Neo 3.5.0's ApplicationEngine in
 * the engine host process. Transactions are built and signed here by the same TransactionFactory
 * (same fees, same scripts), sent whole in one `executeBlock` message per block, and their
 * executions come back in the node's JSON, so the same `toOutcome` reads both lanes. On top of
 * the common interface it can fork and restore the whole chain state in O(1).
 */
export class EngineDriver implements LaneDriver {
  readonly lane = "engine" as const;
  private readonly actors: Map<string, Actor>;
  private readonly transactions: TransactionFactory;
  private tip: TipJson;
  lastFees: { sender: string; fee: bigint }[] = [];

  private constructor(
    readonly host: EngineHost,
    readonly chain: ChainFile,
    readonly msPerBlock: bigint,
    readonly feePolicy: FeePolicy,
    readonly genesisHash: string,
    tip: TipJson,
    options: DriverOptions,
  ) {
    this.actors = chainFileActors(chain);
    this.transactions = new TransactionFactory(chain, feePolicy, { sign: false, ...options });
    this.tip = tip;
  }

  /** Starts a host on the chain file and waits until its genesis is persisted. */
  static async start(chainFile: string = DEFAULT_CHAIN_FILE, options: DriverOptions = {}): Promise<EngineDriver> {
    const chain = readChainFile(chainFile);
    const host = EngineHost.start(chainFile);
    try {
      const hello = await host.request<Hello>("hello");
      if (hello.magic !== chain.magic) {
        throw new HarnessError("WRONG_NETWORK", `the engine host runs network ${hello.magic}, the chain file says ${chain.magic}`, "rebuild the engine host (`npm run build:engine`)");
      }
      const policy = await host.request<Record<keyof FeePolicy, string>>("feePolicy");
      const feePolicy = { feePerByte: BigInt(policy.feePerByte), execFeeFactor: BigInt(policy.execFeeFactor), storagePrice: BigInt(policy.storagePrice) };
      return new EngineDriver(host, chain, BigInt(hello.msPerBlock), feePolicy, hello.genesisHash, hello.tip, options);
    } catch (e) {
      await host.close();
      throw e;
    }
  }

  lastBlockTime(): bigint {
    return BigInt(this.tip.timestamp);
  }

  get height(): number {
    return this.tip.index;
  }

  actor(name: string): Actor {
    return actorNamed(this.actors, name);
  }

  addActor(actor: Actor): void {
    this.actors.set(actor.name, actor);
  }

  testInvoke(call: ContractCall, signers: readonly Actor[] = []): Promise<Outcome> {
    return this.invokeScript(callScript(call), signers);
  }

  async invokeScript(scriptHex: string, signers: readonly Actor[] = []): Promise<Outcome> {
    const result = await this.host.request<ExecutionJson>("invokeScript", { script: u.hex2base64(scriptHex), signers: signers.map((s) => signerJson(s)) });
    return toOutcome(result, this.lastBlockTime() + this.msPerBlock);
  }

  confirm(steps: readonly Step[], time: bigint): Promise<Outcome[]> {
    return this.confirmScripts(steps.map((s) => ({ ...s, script: callScript(s.call) })), time);
  }

  async confirmScripts(steps: readonly ScriptStep[], time: bigint): Promise<Outcome[]> {
    if (time <= this.lastBlockTime()) {
      throw new HarnessError("TIME_NOT_AFTER_TIP", `block time ${time} is not after the last block's ${this.tip.timestamp}`, "choose a later time");
    }
    const transactions = await this.build(steps);
    const block = await this.host.request<TipJson & { executions: ExecutionJson[] }>("executeBlock", {
      timestamp: time.toString(),
      // As BlockProducer numbers its blocks on neo-express (the nonce feeds Runtime.GetRandom).
      nonce: String(this.tip.index + 1),
      transactions: transactions.map((t) => u.hex2base64(t.serialize(true))),
    });
    this.tip = { index: block.index, hash: block.hash, timestamp: block.timestamp };
    this.lastFees = feesOf(transactions, steps);
    return block.executions.map((e) => toOutcome(e, time));
  }

  deploy(nef: Uint8Array, manifest: string, sender: Actor, time: bigint): Promise<{ hash: string; outcome: Outcome }> {
    return deployOn(this, nef, manifest, sender, time);
  }

  async storage(contract: string, prefixHex = ""): Promise<StorageEntry[]> {
    const { entries } = await this.host.request<{ entries: { key: string; value: string }[] }>("storage", { contract });
    return entries.filter((e) => e.key.startsWith(prefixHex)).map((e) => ({ keyHex: e.key, valueHex: e.value }));
  }

  async observe(contracts: readonly string[], accounts: readonly string[]): Promise<Observation> {
    const replies = await this.host.batch([...contracts.map((contract) => ({ op: "storage", contract })), { op: "balances", accounts }]);
    const results = replies.map((r, i) => {
      if (!r.ok) throw hostError(i < contracts.length ? "storage" : "balances", r);
      return r.result;
    });
    const storage = contracts.map((_, i) => sortedEntries((results[i] as { entries: { key: string; value: string }[] }).entries));
    const { gas, neo } = results[contracts.length] as { gas: string[]; neo: string[] };
    return { storage, gas: gas.map(BigInt), neo: neo.map(BigInt) };
  }

  async balancesOf(token: string, accounts: readonly string[]): Promise<bigint[]> {
    const script = accounts.map((a) => callScript({ contract: token, method: "balanceOf", args: [arg.hash160(a)] })).join("");
    const outcome = await this.invokeScript(script);
    if (outcome.state !== "HALT" || outcome.stack.length !== accounts.length) throw new Error(`balanceOf failed on ${token}`);
    return outcome.stack.map((item) => (item.type === "Integer" ? item.value : 0n));
  }

  async balanceOf(token: string, account: string): Promise<bigint> {
    return (await this.balancesOf(token, [account]))[0]!;
  }

  /** Captures the whole chain state (storage, tip) in O(1) on the host. */
  async fork(): Promise<EngineState> {
    const { state } = await this.host.request<{ state: number }>("fork");
    return { id: state, tip: this.tip };
  }

  /** Returns to a captured state; any state may be restored any number of times. */
  async restore(state: EngineState): Promise<void> {
    this.tip = await this.host.request<TipJson>("restore", { state: state.id });
  }

  close(): Promise<void> {
    return this.host.close();
  }

  /** System fees need a test invocation per step with the step's signer: all in one batch message. */
  private async build(steps: readonly ScriptStep[]): Promise<tx.Transaction[]> {
    const replies = await this.host.batch(steps.filter(TransactionFactory.needsEstimate)
      .map((s) => ({ op: "invokeScript", script: u.hex2base64(s.script), signers: [signerJson(s.sender, s.scopes, s.allowedContracts)] })));
    const gas = replies.map((r) => {
      if (!r.ok) throw hostError("invokeScript", r);
      return BigInt((r.result as ExecutionJson).gasconsumed);
    });
    return this.transactions.build(steps, gas, this.tip.index);
  }
}
