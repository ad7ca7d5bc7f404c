import type { RawCoverage } from "../../../contract-coverage/raw-coverage.js";
import { u } from "@cityofzion/neon-core";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { readChainFile, DEFAULT_CHAIN_FILE, type ChainFile } from "../../chain-file.js";
import { HarnessError } from "../../harness-error.js";
import { arg } from "../abi-arg.js";
import type { Actor } from "../actor.js";
import type { Step, StorageEntry } from "../chain-backend.js";
import { callScript } from "../contract-call.js";
import type { FeePolicy } from "../fee-policy.js";
import type { ScriptStep } from "../lane.js";
import { LaneDriverBase } from "../lane-driver-base.js";
import { sortedEntries, type Observation } from "../observation.js";
import { toOutcome, type ExecutionJson } from "../to-outcome.js";
import { signerJson, TransactionFactory, type DriverOptions } from "../transaction-factory.js";
import { EngineHost, hostError, type HostReply } from "./engine-host.js";

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
export class EngineDriver extends LaneDriverBase {
  readonly lane = "engine" as const;
  private readonly transactions: TransactionFactory;
  private tip: TipJson;
  lastFees: { sender: string; fee: bigint }[] = [];

  private constructor(
    readonly host: EngineHost,
    chain: ChainFile,
    msPerBlock: bigint,
    feePolicy: FeePolicy,
    readonly genesisHash: string,
    tip: TipJson,
    options: DriverOptions,
  ) {
    super(chain, msPerBlock, feePolicy);
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

  async invokeScript(scriptHex: string, signers: readonly Actor[] = []): Promise<Outcome> {
    const result = await this.host.request<ExecutionJson>("invokeScript", { script: u.hex2base64(scriptHex), signers: signers.map((s) => signerJson(s)) });
    return toOutcome(result, this.lastBlockTime() + this.msPerBlock);
  }

  async confirmScripts(steps: readonly ScriptStep[], time: bigint): Promise<Outcome[]> {
    const { request, read } = this.blockRequest(steps, time);
    return read(await this.host.request("executeBlock", request));
  }

  /** One step of a differential run in one message: the block, then the storage and balances it left. */
  async confirmObserved(steps: readonly Step[], time: bigint, contracts: readonly string[], accounts: readonly string[]): Promise<{ outcomes: Outcome[]; observation: Observation }> {
    const { request, read } = this.blockRequest(steps.map((s) => ({ ...s, script: callScript(s.call) })), time);
    const [block, ...rest] = await this.host.batch([{ op: "executeBlock", ...request }, ...observeRequests(contracts, accounts)]);
    if (!block!.ok) throw hostError("executeBlock", block!);
    return { outcomes: read(block!.result), observation: readObservation(rest, contracts.length) };
  }

  /** The executeBlock request of `steps` at `time`, and how to read its answer (tip, fees, outcomes). */
  private blockRequest(steps: readonly ScriptStep[], time: bigint) {
    if (time <= this.lastBlockTime()) {
      throw new HarnessError("TIME_NOT_AFTER_TIP", `block time ${time} is not after the last block's ${this.tip.timestamp}`, "choose a later time");
    }
    const { transactions, estimate } = this.transactions.buildForHost(steps, this.tip.index);
    const request = {
      timestamp: time.toString(),
      // As BlockProducer numbers its blocks on neo-express (the nonce feeds Runtime.GetRandom).
      nonce: String(this.tip.index + 1),
      transactions: transactions.map((t) => u.hex2base64(t.serialize(true))),
      estimate,
    };
    const read = (result: unknown): Outcome[] => {
      const block = result as TipJson & { executions: (ExecutionJson & { systemfee: string })[] };
      this.tip = { index: block.index, hash: block.hash, timestamp: block.timestamp };
      // The host set the estimated system fees: the fees paid are the ones it reports.
      this.lastFees = block.executions.map((e, i) => ({ sender: steps[i]!.sender.name, fee: BigInt(e.systemfee) + BigInt(transactions[i]!.networkFee.toString()) }));
      return block.executions.map((e) => toOutcome(e, time));
    };
    return { request, read };
  }

  async storage(contract: string, prefixHex = ""): Promise<StorageEntry[]> {
    const { entries } = await this.host.request<{ entries: { key: string; value: string }[] }>("storage", { contract });
    return entries.filter((e) => e.key.startsWith(prefixHex)).map((e) => ({ keyHex: e.key, valueHex: e.value }));
  }

  async observe(contracts: readonly string[], accounts: readonly string[]): Promise<Observation> {
    return readObservation(await this.host.batch(observeRequests(contracts, accounts)), contracts.length);
  }

  async balancesOf(token: string, accounts: readonly string[]): Promise<bigint[]> {
    const script = accounts.map((a) => callScript({ contract: token, method: "balanceOf", args: [arg.hash160(a)] })).join("");
    const outcome = await this.invokeScript(script);
    if (outcome.state !== "HALT" || outcome.stack.length !== accounts.length) throw new Error(`balanceOf failed on ${token}`);
    return outcome.stack.map((item) => (item.type === "Integer" ? item.value : 0n));
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

  /** Counts contract coverage from now on, afresh (the host's `coverage` op; issue #15). */
  async startCoverage(): Promise<void> {
    await this.host.request("coverage", { start: true });
  }

  /** What was counted since startCoverage, by NEF checksum; `stop` ends the counting. */
  async coverage(stop = false): Promise<RawCoverage[]> {
    return (await this.host.request<{ contracts: RawCoverage[] }>("coverage", stop ? { stop: true } : {})).contracts;
  }

  close(): Promise<void> {
    return this.host.close();
  }
}

function observeRequests(contracts: readonly string[], accounts: readonly string[]) {
  return [...contracts.map((contract) => ({ op: "storage", contract })), { op: "balances", accounts }];
}

function readObservation(replies: readonly HostReply[], contracts: number): Observation {
  const results = replies.map((r, i) => {
    if (!r.ok) throw hostError(i < contracts ? "storage" : "balances", r);
    return r.result;
  });
  const storage = results.slice(0, contracts).map((r) => sortedEntries((r as { entries: { key: string; value: string }[] }).entries));
  const { gas, neo } = results[contracts] as { gas: string[]; neo: string[] };
  return { storage, gas: gas.map(BigInt), neo: neo.map(BigInt) };
}
