import { tx, u } from "@cityofzion/neon-core";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { ChainFile } from "../chain-file.js";
import { HarnessError } from "../harness-error.js";
import type { RunningChain } from "../lifecycle/start-chain.js";
import type { Actor } from "./actor.js";
import { BlockProducer, type ChainTip } from "./block/block-producer.js";
import type { Step, StorageEntry } from "./chain-backend.js";
import { callScript } from "./contract-call.js";
import { readFeePolicy, type FeePolicy } from "./fee-policy.js";
import type { BatchResult, Rpc } from "./rpc.js";
import { toOutcome, type ExecutionJson } from "./to-outcome.js";
import { hexToBase64 } from "./hex.js";
import { transactionHash } from "./transaction-builder.js";
import type { ScriptStep } from "./lane.js";
import { LaneDriverBase } from "./lane-driver-base.js";
import { balanceCall, balancesOfOutcome, balancesScript, sortedEntries, type Observation, type ObservedSet } from "./observation.js";
import { feesOf, signerJson, TransactionFactory, type DriverOptions } from "./transaction-factory.js";


export type { DriverOptions } from "./transaction-factory.js";

/**
 * The neo-express backend of the driver, on neon-js: transactions are built and signed here,
 * confirmed in blocks the harness makes at chosen times, and read back from application logs.
 */
export class NeoExpressDriver extends LaneDriverBase {
  readonly lane = "neo-express" as const;
  private readonly transactions: TransactionFactory;
  /** Fees (system + network, datoshi) paid by each sender in the last confirmed block: G5 nets them out. */
  lastFees: { sender: string; fee: bigint }[] = [];

  private constructor(
    readonly rpc: Rpc,
    chain: ChainFile,
    msPerBlock: bigint,
    feePolicy: FeePolicy,
    readonly blocks: BlockProducer,
    options: DriverOptions,
  ) {
    super(chain, msPerBlock, feePolicy);
    this.transactions = new TransactionFactory(chain, feePolicy, options);
  }

  static async connect(running: Pick<RunningChain, "rpc" | "chain" | "network">, options: DriverOptions = {}): Promise<NeoExpressDriver> {
    const [policy, blocks] = await Promise.all([readFeePolicy(running.rpc), BlockProducer.create(running.rpc, running.chain)]);
    return new NeoExpressDriver(running.rpc, running.chain, BigInt(running.network.msPerBlock), policy, blocks, options);
  }

  lastBlockTime(): bigint {
    return this.blocks.tip.timestamp;
  }

  get tip(): ChainTip {
    return this.blocks.tip;
  }

  /** The timestamp of block `index` (ms). */
  async blockTime(index: number): Promise<bigint> {
    const header = await this.rpc.call<{ time: number }>("getblockheader", [index, true]);
    return BigInt(header.time);
  }

  async invokeScript(scriptHex: string, signers: readonly Actor[] = []): Promise<Outcome> {
    // A dBFT block may have moved T_last since we last looked; the time the call saw must be exact:
    // the height comes back in the same round trip, and only a new block costs another.
    const [result, height] = await this.rpc.batch([
      { method: "invokescript", params: [hexToBase64(scriptHex), signers.map((s) => signerJson(s))] },
      { method: "getblockcount", params: [] },
    ]);
    if (!result?.ok) throw new HarnessError("RPC_ERROR", `RPC invokescript failed: ${result && !result.ok ? result.error.message : "no answer"}`, "see the node's reason above");
    if (!height?.ok || Number(height.value) - 1 !== this.blocks.tip.index) await this.blocks.refreshTip();
    return toOutcome(result.value as ExecutionJson, this.blocks.tip.timestamp + this.msPerBlock);
  }

  /** Confirms raw scripts the same way as calls. */
  async confirmScripts(steps: readonly ScriptStep[], time: bigint): Promise<Outcome[]> {
    const transactions = await this.buildAll(steps);
    // The application logs ride in the block's message (BlockProducer.produceReading).
    const { replies } = await this.blocks.produceReading(transactions, time, transactions.map((t) => ({ method: "getapplicationlog", params: ["0x" + transactionHash(t)] })));
    this.lastFees = feesOf(transactions, steps);
    return this.toOutcomes(transactions, replies, time);
  }

  async observe(contracts: readonly string[], accounts: readonly string[]): Promise<Observation> {
    return (await this.observeMany([{ contracts, accounts }]))[0]!;
  }

  /**
   * Several observations in one round trip: the storage of every contract of every group and the
   * balances of every account of every group in one test invocation (a shared block's worlds).
   */
  async observeMany(groups: readonly ObservedSet[]): Promise<Observation[]> {
    return this.readObservations(groups, await this.rpc.batch(observationCalls(groups)));
  }

  /**
   * GAS balances read at the tip `index` (by the observations after its block): the next block's
   * fee check (buildAll) reads none of its own when it knows every sender's, which saves a test
   * invocation per block. Only the harness sends transactions to the node, and the node's own
   * empty blocks move no world account's GAS; still, a tip the harness did not expect (a new
   * index) forgets them all.
   */
  private gasAtTip = { index: -1, gas: new Map<string, bigint>() };

  private knowGas(accounts: readonly string[], gas: readonly bigint[]): void {
    if (this.gasAtTip.index !== this.blocks.tip.index) this.gasAtTip = { index: this.blocks.tip.index, gas: new Map() };
    accounts.forEach((a, i) => this.gasAtTip.gas.set(a, gas[i]!));
  }

  /** The senders' GAS at the tip, when every one is known (knowGas). */
  private knownGas(senders: readonly string[]): bigint[] | undefined {
    if (this.gasAtTip.index !== this.blocks.tip.index) return undefined;
    const held = senders.map((s) => this.gasAtTip.gas.get(s));
    return held.every((h) => h !== undefined) ? held as bigint[] : undefined;
  }

  /** The observations of `groups` from the replies to observationCalls(groups). */
  private readObservations(groups: readonly ObservedSet[], replies: readonly BatchResult[]): Observation[] {
    const contracts = groups.flatMap((g) => g.contracts);
    const accounts = groups.flatMap((g) => g.accounts);
    const storage = contracts.map((c, i) => {
      const r = replies[i]!;
      if (r.ok) return sortedEntries((r.value as { key: string; value: string }[] | null) ?? []);
      if (/Specified method is not supported/.test(r.error.message)) return [];
      throw new HarnessError("RPC_ERROR", `reading the storage of ${c} failed: ${r.error.message}`, "see the node's reason");
    });
    let balances = { gas: [] as bigint[], neo: [] as bigint[] };
    if (accounts.length > 0) {
      const last = replies[contracts.length]!;
      if (!last.ok) throw new HarnessError("RPC_ERROR", `reading balances failed: ${last.error.message}`, "see the node's reason");
      balances = balancesOfOutcome(toOutcome(last.value as ExecutionJson, 0n), accounts.length);
      this.knowGas(accounts, balances.gas);
    }
    let [c, a] = [0, 0];
    return groups.map((g) => {
      const o = { storage: storage.slice(c, c + g.contracts.length), gas: balances.gas.slice(a, a + g.accounts.length), neo: balances.neo.slice(a, a + g.accounts.length) };
      [c, a] = [c + g.contracts.length, a + g.accounts.length];
      return o;
    });
  }

  /** `confirm` then `observe`: the application logs and the observation in one round trip. */
  async confirmObserved(steps: readonly Step[], time: bigint, contracts: readonly string[], accounts: readonly string[]): Promise<{ outcomes: Outcome[]; observation: Observation }> {
    const { outcomes, observations } = await this.confirmObservedMany(steps, time, [{ contracts, accounts }]);
    return { outcomes, observation: observations[0]! };
  }

  /**
   * `confirm` for a shared block: every step in one block at `time`, then every group's
   * observation (its own contracts and accounts), read in the same message as `submitblock`
   * (BlockProducer.produceReading). The fees of each step are in `lastFees`, in order.
   * `estimates`: the steps' system-fee test invocations made elsewhere (a judged pair's engine,
   * SharedBlocks), one per step without a fixed fee, instead of the node's own.
   */
  async confirmObservedMany(steps: readonly Step[], time: bigint, groups: readonly ObservedSet[], estimates?: readonly bigint[]): Promise<{ outcomes: Outcome[]; observations: Observation[] }> {
    const scripts = steps.map((s) => ({ ...s, script: callScript(s.call) }));
    const transactions = await this.buildAll(scripts, estimates);
    const reads = [...transactions.map((t) => ({ method: "getapplicationlog", params: ["0x" + transactionHash(t)] })), ...observationCalls(groups)];
    const { replies } = await this.blocks.produceReading(transactions, time, reads);
    this.lastFees = feesOf(transactions, scripts);
    return { outcomes: this.toOutcomes(transactions, replies.slice(0, transactions.length), time), observations: this.readObservations(groups, replies.slice(transactions.length)) };
  }

  async storage(contract: string, prefixHex = ""): Promise<StorageEntry[]> {
    // neo-express answers with upper-case hex (Convert.ToHexString), not base64. For a hash without
    // a contract its method returns null, which its RPC server turns into "Specified method is not
    // supported": no contract, no storage.
    let entries: { key: string; value: string }[];
    try {
      entries = (await this.rpc.call<{ key: string; value: string }[] | null>("expressgetcontractstorage", [contract])) ?? [];
    } catch (e) {
      if (e instanceof HarnessError && /Specified method is not supported/.test(e.message)) return [];
      throw e;
    }
    return sortedEntries(entries).filter((e) => e.keyHex.startsWith(prefixHex));
  }

  /** Balances of several accounts in one test invocation (one round trip). */
  async balancesOf(token: string, accounts: readonly string[]): Promise<bigint[]> {
    const script = accounts.map((a) => balanceCall(token, a)).join("");
    const result = await this.rpc.call<ExecutionJson>("invokescript", [hexToBase64(script), []]);
    const outcome = toOutcome(result, 0n);
    if (outcome.state !== "HALT" || outcome.stack.length !== accounts.length) throw new HarnessError("RPC_ERROR", `balanceOf of ${accounts.length} accounts on ${token} did not HALT with one balance each (${outcome.state}${outcome.state === "FAULT" ? `: ${outcome.exception}` : ""})`, "read fewer accounts at once");
    return outcome.stack.map((item) => (item.type === "Integer" ? item.value : 0n));
  }

  /**
   * The block's transactions, signed, with their system fees estimated (by the node, unless
   * `given`: one test invocation's GAS per step without a fixed fee). The senders' GAS is read
   * in the same round trip: neo-express 3.5.20 does not answer `submitblock` for a block whose
   * sender cannot pay its fees (it hangs until the RPC times out), so such a block is refused here
   * with the engine's words (issue #22; DifferentialRun's FEE_FLOOR keeps sequences clear of it).
   * The senders' GAS is not read again when the observations after the tip's block have read it
   * (knowGas): a sequence's next step in the next block.
   */
  private async buildAll(steps: readonly ScriptStep[], given?: readonly bigint[]): Promise<tx.Transaction[]> {
    const senders = [...new Set(steps.map((s) => "0x" + s.sender.scriptHash))];
    const known = this.knownGas(senders);
    const readGas = senders.length > 0 && !known;
    const calls = [
      ...(given ? [] : steps.filter(TransactionFactory.needsEstimate).map((s) => ({ method: "invokescript", params: [hexToBase64(s.script), [signerJson(s.sender, s.scopes, s.allowedContracts)]] }))),
      ...(readGas ? [{ method: "invokescript", params: [hexToBase64(balancesScript(senders)), []] }] : []),
    ];
    const results = calls.length > 0 ? await this.rpc.batch(calls) : [];
    const estimates = readGas ? results.slice(0, -1) : results;
    const gas = given ?? estimates.map((estimate) => {
      if (!estimate?.ok) throw new HarnessError("RPC_ERROR", `estimating the system fee failed: ${estimate && !estimate.ok ? estimate.error.message : "no answer"}`, "see the node's reason");
      return BigInt((estimate.value as ExecutionJson).gasconsumed);
    });
    const transactions = this.transactions.build(steps, gas, this.blocks.tip.index);
    if (senders.length > 0) {
      let held = known;
      if (!held) {
        const read = results.at(-1)!;
        if (!read.ok) throw new HarnessError("RPC_ERROR", `reading the senders' GAS failed: ${read.error.message}`, "see the node's reason");
        held = balancesOfOutcome(toOutcome(read.value as ExecutionJson, 0n), senders.length).gas;
      }
      const due = new Map<string, bigint>();
      feesOf(transactions, steps).forEach(({ fee }, i) => {
        const sender = "0x" + steps[i]!.sender.scriptHash;
        due.set(sender, (due.get(sender) ?? 0n) + fee);
      });
      senders.forEach((sender, i) => {
        if (held[i]! < due.get(sender)!) {
          const name = steps.find((s) => "0x" + s.sender.scriptHash === sender)!.sender.name;
          throw new HarnessError("BLOCK_REJECTED", `sender ${name} holds ${held[i]} datoshi GAS but its transactions in this block cost ${due.get(sender)} in fees; the node would reject them (neo-express hangs on such a block)`,
            "block times must increase and senders must hold their fees");
        }
      });
    }
    return transactions;
  }

  private toOutcomes(transactions: readonly tx.Transaction[], logs: readonly BatchResult[], time: bigint): Outcome[] {
    return logs.map((log, i) => {
      if (!log.ok) throw new HarnessError("RPC_ERROR", `no application log for transaction ${transactionHash(transactions[i]!)}: ${log.error.message}`, "the block was not persisted; check the node log");
      const execution = (log.value as { executions: ExecutionJson[] }).executions[0]!;
      return toOutcome(execution, time);
    });
  }
}

/** The reads of observeMany, as one batch: every contract's storage, then one balances script for every account. */
function observationCalls(groups: readonly ObservedSet[]): { method: string; params: unknown[] }[] {
  const accounts = groups.flatMap((g) => g.accounts);
  return [
    ...groups.flatMap((g) => g.contracts).map((c) => ({ method: "expressgetcontractstorage", params: [c] })),
    ...(accounts.length > 0 ? [{ method: "invokescript", params: [hexToBase64(balancesScript(accounts)), []] }] : []),
  ];
}
