import type { tx } from "@cityofzion/neon-core";
import type { RawCoverage } from "../../../contract-coverage/raw-coverage.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { readChainFile, DEFAULT_CHAIN_FILE, type ChainFile } from "../../chain-file.js";
import { HarnessError } from "../../harness-error.js";
import { arg } from "../abi-arg.js";
import type { Actor } from "../actor.js";
import type { Step, StorageEntry } from "../chain-backend.js";
import { callScript } from "../contract-call.js";
import type { FeePolicy } from "../fee-policy.js";
import { hexToBase64 } from "../hex.js";
import type { ScriptStep } from "../lane.js";
import { LaneDriverBase } from "../lane-driver-base.js";
import { sortedEntries, type Observation } from "../observation.js";
import { toOutcome, type ExecutionJson } from "../to-outcome.js";
import { signerJson, TransactionFactory, type DriverOptions } from "../transaction-factory.js";
import { EngineHost, hostError, type HostOp, type HostReply } from "./engine-host.js";

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

/** The engine lane's options: the transactions' (DriverOptions), and how many sequences' requests one host message carries at most (default SEQUENCES_PER_MESSAGE). */
export interface EngineOptions extends DriverOptions {
  readonly sequencesPerMessage?: number;
  /**
   * The host's scheduling priority, as `nice` counts it (default 0). A host whose work is not the
   * run's critical path yields the CPU to those that are (cli/run/run-lanes.ts MAIN_LANE_NICENESS).
   */
  readonly niceness?: number;
}

/** A judged pair's block on the engine (EngineDriver.mirrorBlock). */
export interface MirrorBlock {
  run(time: bigint, contracts: readonly string[], accounts: readonly string[]): Promise<{ outcomes: Outcome[]; observation: Observation }>;
  undo(): Promise<void>;
}

/** A captured engine state (see EngineDriver.fork): its id on the host, its tip, the transaction nonce it goes on with. */
export interface EngineState {
  readonly id: number;
  readonly tip: TipJson;
  readonly nonce: number;
}

/**
 * The host's one current state and which driver it belongs to. Drivers bound to forked states
 * (EngineDriver.bound) share a host: a driver's message that finds the host in another driver's
 * state first saves that state (`fork` under an id the client picks) and restores its own, all in
 * the same message, so several sequences run on one host, each in its own state, their messages
 * pipelined without waiting for each other.
 */
interface HostSeat {
  owner: EngineDriver | undefined;
  nextId: number;
}

/** Client-chosen state ids: far above the host's own counter (1, 2, …). */
const FIRST_CLIENT_STATE = 1_000_000_000;

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
  /** The host state this driver's chain is in while another driver holds the host; `owned`: dropped when replaced. */
  private saved: { id: number; owned: boolean } | undefined;
  /**
   * The storage this driver last observed, by contract, when nothing but an observed block
   * (confirmObserved) has changed its chain since: the next observation asks the host only for
   * the contracts that block touched (the storage op's `ifChanged`) and keeps these for the rest.
   * Forgotten on every other change of state (an unobserved block, a restore).
   */
  private lastStorage: Map<string, readonly StorageEntry[]> | undefined;

  private constructor(
    readonly host: EngineHost,
    chain: ChainFile,
    msPerBlock: bigint,
    feePolicy: FeePolicy,
    readonly genesisHash: string,
    tip: TipJson,
    private readonly options: DriverOptions,
    // A fresh host is in the state of the driver that started it.
    private readonly seat: HostSeat = { owner: undefined, nextId: FIRST_CLIENT_STATE },
    holdsHost = true,
    actors?: Iterable<Actor>,
  ) {
    super(chain, msPerBlock, feePolicy, actors);
    if (holdsHost) seat.owner ??= this;
    this.transactions = new TransactionFactory(chain, feePolicy, { sign: false, ...options });
    this.tip = tip;
  }

  /**
   * A driver on the same host whose chain starts as `state` and goes its own way: its blocks
   * never reach this driver's chain or another bound driver's (each sequence its own world, in
   * its own state), while its messages share the host with theirs. Its transactions go on with
   * the fork's nonces, so a sequence builds the same transactions whether it runs alone or beside
   * others. It knows this driver's actors (a world's included).
   */
  bound(state: EngineState): EngineDriver {
    const d = new EngineDriver(this.host, this.chain, this.msPerBlock, this.feePolicy, this.genesisHash, state.tip, { ...this.options, firstNonce: state.nonce }, this.seat, false, this.actorList());
    d.saved = { id: state.id, owned: false };
    return d;
  }

  /**
   * Requests in this driver's state: when the host is in another driver's, the message first
   * saves that one (under an id chosen here, so the other driver knows it at once) and restores
   * this one. One message either way.
   */
  private async exchange(requests: readonly HostOp[]): Promise<HostReply[]> {
    const prefix: HostOp[] = [];
    const previous = this.seat.owner;
    if (previous !== this) {
      if (previous) {
        const id = this.seat.nextId++;
        prefix.push({ op: "fork", as: id });
        if (previous.saved?.owned) prefix.push({ op: "drop", state: previous.saved.id });
        previous.saved = { id, owned: true };
      }
      if (this.saved) prefix.push({ op: "restore", state: this.saved.id });
      this.seat.owner = this;
    }
    if (prefix.length === 0 && requests.length === 1) {
      // One request alone (its error reply is thrown as by `one`).
      const { op, ...params } = requests[0]!;
      return [{ ok: true, result: await this.host.request(op, params) }];
    }
    const replies = await this.host.batch([...prefix, ...requests]);
    replies.slice(0, prefix.length).forEach((r, i) => { if (!r.ok) throw hostError(String(prefix[i]!.op), r); });
    return replies.slice(prefix.length);
  }

  /** One request in this driver's state; an error reply is thrown. */
  private async one<T>(op: string, params: Record<string, unknown> = {}): Promise<T> {
    const [reply] = await this.exchange([{ op, ...params }]);
    if (!reply!.ok) throw hostError(op, reply!);
    return reply!.result as T;
  }

  /**
   * Forgets this bound driver's own saved state on the host (a finished sequence). The fork it
   * started from stays.
   */
  async release(): Promise<void> {
    if (this.seat.owner === this) this.seat.owner = undefined;
    const saved = this.saved;
    this.saved = undefined;
    if (saved?.owned) await this.host.request("drop", { state: saved.id });
  }

  /** Starts a host on the chain file and waits until its genesis is persisted. */
  static async start(chainFile: string = DEFAULT_CHAIN_FILE, { sequencesPerMessage, niceness, ...options }: EngineOptions = {}): Promise<EngineDriver> {
    const chain = readChainFile(chainFile);
    const host = EngineHost.start(chainFile, undefined, sequencesPerMessage, niceness);
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
    const result = await this.one<ExecutionJson>("invokeScript", { script: hexToBase64(scriptHex), signers: signers.map((s) => signerJson(s)) });
    return toOutcome(result, this.lastBlockTime() + this.msPerBlock);
  }

  async confirmScripts(steps: readonly ScriptStep[], time: bigint): Promise<Outcome[]> {
    const { request, read } = this.blockRequest(steps, time);
    this.lastStorage = undefined;
    return read(await this.one("executeBlock", request));
  }

  /** One step of a differential run in one message: the block, then the storage and balances it left. */
  async confirmObserved(steps: readonly Step[], time: bigint, contracts: readonly string[], accounts: readonly string[]): Promise<{ outcomes: Outcome[]; observation: Observation }> {
    return this.blockObserved(this.blockRequest(steps.map((s) => ({ ...s, script: callScript(s.call) })), time), contracts, accounts);
  }

  /**
   * A block request (blockRequest, blockRequestOf) and the observation after it in one message,
   * after the `first` ops (mirrorBlock's fork).
   */
  private async blockObserved({ request, read }: ReturnType<EngineDriver["blockRequestOf"]>, contracts: readonly string[], accounts: readonly string[], first: readonly HostOp[] = []): Promise<{ outcomes: Outcome[]; observation: Observation }> {
    const known = this.lastStorage;
    this.lastStorage = undefined;
    const replies = await this.exchange([...first, { op: "executeBlock", ...request }, ...observeRequests(contracts, accounts, known)]);
    replies.slice(0, first.length).forEach((r, i) => { if (!r.ok) throw hostError(String(first[i]!.op), r); });
    const [block, ...rest] = replies.slice(first.length);
    if (!block!.ok) throw hostError("executeBlock", block!);
    return { outcomes: read(block!.result), observation: this.keep(contracts, readObservation(rest, contracts, known)) };
  }

  /** Keeps an observation's storage as the one to go on from (see lastStorage). */
  private keep(contracts: readonly string[], observation: Observation): Observation {
    this.lastStorage = new Map(contracts.map((c, i) => [c, observation.storage[i]!]));
    return observation;
  }

  /**
   * The GAS a test invocation against the tip consumes for each step without a fixed system fee
   * (TransactionFactory.needsEstimate), in order, in one message: what the host's own estimate
   * in executeBlock measures, for a judged pair to give both lanes the same fees (SharedBlocks).
   */
  async testInvokeGas(steps: readonly Step[]): Promise<bigint[]> {
    const calls = steps.filter(TransactionFactory.needsEstimate).map((s) => ({ script: hexToBase64(callScript(s.call)), signers: [signerJson(s.sender, s.scopes, s.allowedContracts)] }));
    if (calls.length === 0) return [];
    const { gas } = await this.one<{ gas: string[] }>("testInvokeGas", { calls });
    return gas.map(BigInt);
  }

  /**
   * A judged pair's block on this lane, run beside the node's (SharedBlocks): its transactions
   * built once, with the system fees of `estimates` (testInvokeGas), as the node builds its own.
   * `run` persists and observes them, keeping the state before the block on the host; `undo`
   * returns to it when the node did not take the block as it stands (refused it, or put its
   * own block first), and `run` may then persist the same transactions again.
   */
  mirrorBlock(steps: readonly Step[], estimates: readonly bigint[]): MirrorBlock {
    const scripts = steps.map((s) => ({ ...s, script: callScript(s.call) }));
    const transactions = this.transactions.build(scripts, estimates, this.tip.index);
    const before = this.undoState ??= this.seat.nextId++;
    return {
      run: (time, contracts, accounts) => this.blockObserved(this.blockRequestOf(scripts, transactions, time), contracts, accounts, [{ op: "fork", as: before }]),
      undo: async () => {
        this.lastStorage = undefined;
        this.tip = await this.one<TipJson>("restore", { state: before });
      },
    };
  }

  /** The host state id under which mirrorBlock keeps the state before its block (one, reused). */
  private undoState: number | undefined;

  /** The executeBlock request of `steps` at `time`, and how to read its answer (tip, fees, outcomes). */
  private blockRequest(steps: readonly ScriptStep[], time: bigint) {
    const { transactions, estimate } = this.transactions.buildForHost(steps, this.tip.index);
    return this.blockRequestOf(steps, transactions, time, estimate);
  }

  /** The same for transactions built already (with `estimate`: the system fees the host sets). */
  private blockRequestOf(steps: readonly ScriptStep[], transactions: readonly tx.Transaction[], time: bigint, estimate?: readonly { index: number; margin: string; max: string }[]) {
    if (time <= this.lastBlockTime()) {
      throw new HarnessError("TIME_NOT_AFTER_TIP", `block time ${time} is not after the last block's ${this.tip.timestamp}`, "choose a later time");
    }
    const request = {
      timestamp: time.toString(),
      // As BlockProducer numbers its blocks on neo-express (the nonce feeds Runtime.GetRandom).
      nonce: String(this.tip.index + 1),
      transactions: transactions.map((t) => hexToBase64(t.serialize(true))),
      ...(estimate ? { estimate } : {}),
    };
    const read = (result: unknown): Outcome[] => {
      const block = result as TipJson & { executions: (ExecutionJson & { systemfee: string })[] };
      this.tip = { index: block.index, hash: block.hash, timestamp: block.timestamp };
      // The host reports the system fees paid (the ones it set, with `estimate`).
      this.lastFees = block.executions.map((e, i) => ({ sender: steps[i]!.sender.name, fee: BigInt(e.systemfee) + BigInt(transactions[i]!.networkFee.toString()) }));
      return block.executions.map((e) => toOutcome(e, time));
    };
    return { request, read };
  }

  async storage(contract: string, prefixHex = ""): Promise<StorageEntry[]> {
    const { entries } = await this.one<{ entries: { key: string; value: string }[] }>("storage", { contract });
    return entries.filter((e) => e.key.startsWith(prefixHex)).map((e) => ({ keyHex: e.key, valueHex: e.value }));
  }

  async observe(contracts: readonly string[], accounts: readonly string[]): Promise<Observation> {
    const known = this.lastStorage;
    return this.keep(contracts, readObservation(await this.exchange(observeRequests(contracts, accounts, known)), contracts, known));
  }

  async balancesOf(token: string, accounts: readonly string[]): Promise<bigint[]> {
    const script = accounts.map((a) => callScript({ contract: token, method: "balanceOf", args: [arg.hash160(a)] })).join("");
    const outcome = await this.invokeScript(script);
    if (outcome.state !== "HALT" || outcome.stack.length !== accounts.length) throw new HarnessError("ENGINE_ERROR", `balanceOf of ${accounts.length} accounts on ${token} did not HALT with one balance each (${outcome.state}${outcome.state === "FAULT" ? `: ${outcome.exception}` : ""})`, "read fewer accounts at once");
    return outcome.stack.map((item) => (item.type === "Integer" ? item.value : 0n));
  }

  /** Captures the whole chain state (storage, tip) in O(1) on the host. */
  async fork(): Promise<EngineState> {
    const { state } = await this.one<{ state: number }>("fork");
    return { id: state, tip: this.tip, nonce: this.transactions.nextNonce };
  }

  /** Returns to a captured state; any state may be restored any number of times. */
  async restore(state: EngineState): Promise<void> {
    this.lastStorage = undefined;
    this.tip = await this.one<TipJson>("restore", { state: state.id });
  }

  /**
   * Persists a block the node made, whole (its raw bytes as `getblock` returns them, base64): its
   * transactions as given, at its time, with its nonce (host op `copyBlock`).
   */
  async copyBlock(rawBase64: string): Promise<void> {
    this.lastStorage = undefined;
    const block = await this.one<TipJson>("copyBlock", { block: rawBase64 });
    this.tip = { index: block.index, hash: block.hash, timestamp: block.timestamp };
  }

  /** Forgets a captured state on the host (its memory can go); this driver's chain is not touched. */
  async drop(state: EngineState): Promise<void> {
    await this.host.request("drop", { state: state.id });
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

/** The reads of an observation: each contract's storage (only if changed by the last block, for those in `known`), then the balances. */
function observeRequests(contracts: readonly string[], accounts: readonly string[], known: ReadonlyMap<string, unknown> | undefined) {
  return [...contracts.map((contract) => (known?.has(contract) ? { op: "storage", contract, ifChanged: true } : { op: "storage", contract })), { op: "balances", accounts }];
}

function readObservation(replies: readonly HostReply[], contracts: readonly string[], known: ReadonlyMap<string, readonly StorageEntry[]> | undefined): Observation {
  const results = replies.map((r, i) => {
    if (!r.ok) throw hostError(i < contracts.length ? "storage" : "balances", r);
    return r.result;
  });
  const storage = results.slice(0, contracts.length).map((r, i) => {
    const read = r as { entries: { key: string; value: string }[] } | { unchanged: true };
    if (!("unchanged" in read)) return sortedEntries(read.entries);
    const kept = known?.get(contracts[i]!);
    if (!kept) throw new HarnessError("ENGINE_ERROR", `engine host storage: "unchanged" for ${contracts[i]}, which was not asked with ifChanged`, "a harness bug: report it with this message");
    return kept;
  });
  const { gas, neo } = results[contracts.length] as { gas: string[]; neo: string[] };
  return { storage, gas: gas.map(BigInt), neo: neo.map(BigInt) };
}
