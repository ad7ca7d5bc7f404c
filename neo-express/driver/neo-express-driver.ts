import { tx, u } from "@cityofzion/neon-core";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { ChainFile } from "../chain-file.js";
import { HarnessError } from "../harness-error.js";
import type { RunningChain } from "../lifecycle/start-chain.js";
import { actorNamed, chainFileActors, type Actor } from "./actor.js";
import { BlockProducer, type ChainTip } from "./block/block-producer.js";
import type { ChainBackend, Step, StorageEntry } from "./chain-backend.js";
import { callScript, stripHex, type ContractCall } from "./contract-call.js";
import { readFeePolicy, ONE_GAS, type FeePolicy } from "./fee-policy.js";
import type { Rpc } from "./rpc.js";
import { toOutcome, type ExecutionJson } from "./to-outcome.js";
import { buildTransaction } from "./transaction-builder.js";
import { deployCall, deployedHash } from "./deploy-call.js";
import { arg } from "./abi-arg.js";


export interface DriverOptions {
  /** Added to a test invocation's GAS to get a transaction's system fee (the run may take another branch at block time). */
  systemFeeMargin?: bigint;
  /** The cap of a system fee: the chain file's rpc.MaxGasInvoke (platform.md §6: 100 GAS). */
  maxSystemFee?: bigint;
}

/**
 * The neo-express backend of the driver, on neon-js: transactions are built and signed here,
 * confirmed in blocks the harness makes at chosen times, and read back from application logs.
 */
export class NeoExpressDriver implements ChainBackend {
  private readonly actors: Map<string, Actor>;
  private nonce = 1;
  private readonly sent = new Set<string>();
  /** Fees (system + network, datoshi) paid by each sender in the last confirmed block: G5 nets them out. */
  lastFees: { sender: string; fee: bigint }[] = [];

  private constructor(
    readonly rpc: Rpc,
    readonly chain: ChainFile,
    readonly msPerBlock: bigint,
    readonly feePolicy: FeePolicy,
    readonly blocks: BlockProducer,
    private readonly options: Required<DriverOptions>,
  ) {
    this.actors = chainFileActors(chain);
  }

  static async connect(running: Pick<RunningChain, "rpc" | "chain" | "network">, options: DriverOptions = {}): Promise<NeoExpressDriver> {
    const [policy, blocks] = await Promise.all([readFeePolicy(running.rpc), BlockProducer.create(running.rpc, running.chain)]);
    const maxGas = BigInt(Math.round(Number(running.chain.settings["rpc.MaxGasInvoke"] ?? "100") * 1e8));
    return new NeoExpressDriver(running.rpc, running.chain, BigInt(running.network.msPerBlock), policy, blocks, {
      systemFeeMargin: options.systemFeeMargin ?? ONE_GAS,
      maxSystemFee: options.maxSystemFee ?? maxGas,
    });
  }

  lastBlockTime(): bigint {
    return this.blocks.tip.timestamp;
  }

  get tip(): ChainTip {
    return this.blocks.tip;
  }

  actor(name: string): Actor {
    return actorNamed(this.actors, name);
  }

  addActor(actor: Actor): void {
    this.actors.set(actor.name, actor);
  }

  async testInvoke(call: ContractCall, signers: readonly Actor[] = []): Promise<Outcome> {
    const result = await this.rpc.call<ExecutionJson>("invokescript", [u.hex2base64(callScript(call)), signers.map((s) => signerJson(s))]);
    // A dBFT block may have moved T_last since we last looked; the time the call saw must be exact.
    await this.blocks.refreshTip();
    return toOutcome(result, this.blocks.tip.timestamp + this.msPerBlock);
  }

  async confirm(steps: readonly Step[], time: bigint): Promise<Outcome[]> {
    return this.confirmScripts(steps.map((s) => ({ ...s, script: callScript(s.call) })), time);
  }

  /** Confirms raw scripts the same way as calls. */
  async confirmScripts(steps: readonly (Omit<Step, "call"> & { script: string })[], time: bigint): Promise<Outcome[]> {
    const transactions = await this.buildAll(steps);
    await this.blocks.produce(transactions, time);
    this.lastFees = transactions.map((t, i) => ({ sender: steps[i]!.sender.name, fee: BigInt(t.systemFee.toString()) + BigInt(t.networkFee.toString()) }));
    return this.readLogs(transactions, this.blocks.tip.timestamp);
  }

  async deploy(nef: Uint8Array, manifest: string, sender: Actor, time: bigint): Promise<{ hash: string; outcome: Outcome }> {
    const [outcome] = await this.confirm([{ call: deployCall(nef, manifest), sender }], time);
    if (!outcome || outcome.state !== "HALT") {
      throw new HarnessError("BLOCK_REJECTED", `deployment by ${sender.name} FAULTed: ${outcome?.state === "FAULT" ? outcome.exception : "no outcome"}`,
        "check the NEF and manifest (and that the same sender has not deployed a contract of this name before)");
    }
    return { hash: deployedHash(outcome), outcome };
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
    return entries
      .map((e) => ({ keyHex: e.key.toLowerCase(), valueHex: e.value.toLowerCase() }))
      .filter((e) => e.keyHex.startsWith(prefixHex))
      .sort((a, b) => (a.keyHex < b.keyHex ? -1 : a.keyHex > b.keyHex ? 1 : 0));
  }

  /** Balances of several accounts in one test invocation (one round trip). */
  async balancesOf(token: string, accounts: readonly string[]): Promise<bigint[]> {
    const script = accounts.map((a) => callScript({ contract: token, method: "balanceOf", args: [arg.hash160(a)] })).join("");
    const result = await this.rpc.call<ExecutionJson>("invokescript", [u.hex2base64(script), []]);
    const outcome = toOutcome(result, 0n);
    if (outcome.state !== "HALT" || outcome.stack.length !== accounts.length) throw new Error(`balanceOf failed on ${token}`);
    return outcome.stack.map((item) => (item.type === "Integer" ? item.value : 0n));
  }

  async balanceOf(token: string, account: string): Promise<bigint> {
    const outcome = await this.testInvoke({ contract: token, method: "balanceOf", args: [arg.hash160(account)] });
    if (outcome.state !== "HALT" || outcome.stack[0]?.type !== "Integer") throw new Error(`balanceOf failed on ${token}`);
    return outcome.stack[0].value;
  }

  private async buildAll(steps: readonly (Omit<Step, "call"> & { script: string })[]): Promise<tx.Transaction[]> {
    const estimates = await this.rpc.batch(steps.filter((s) => s.systemFee === undefined)
      .map((s) => ({ method: "invokescript", params: [u.hex2base64(s.script), [signerJson(s.sender, s.scopes, s.allowedContracts)]] })));
    let next = 0;
    return steps.map((s) => {
      let systemFee = s.systemFee;
      if (systemFee === undefined) {
        const estimate = estimates[next++];
        if (!estimate?.ok) throw new HarnessError("RPC_ERROR", `estimating the system fee failed: ${estimate && !estimate.ok ? estimate.error.message : "no answer"}`, "see the node's reason");
        const gas = BigInt((estimate.value as ExecutionJson).gasconsumed);
        systemFee = min(gas + gas / 10n + this.options.systemFeeMargin, this.options.maxSystemFee);
      }
      const t = buildTransaction({
        script: s.script,
        sender: s.sender,
        ...(s.scopes !== undefined ? { scopes: s.scopes } : {}),
        ...(s.allowedContracts ? { allowedContracts: s.allowedContracts } : {}),
        systemFee,
        validUntilBlock: this.blocks.tip.index + 1000,
        nonce: this.nonce++,
      }, this.chain.magic, this.feePolicy, s.sender.kind === "multisig" ? multisigNetworkFee(this.feePolicy) : undefined);
      // A transaction included twice is executed twice: never send one again.
      if (this.sent.has(t.hash())) throw new Error(`transaction ${t.hash()} was already sent`);
      this.sent.add(t.hash());
      return t;
    });
  }

  private async readLogs(transactions: readonly tx.Transaction[], time: bigint): Promise<Outcome[]> {
    const logs = await this.rpc.batch(transactions.map((t) => ({ method: "getapplicationlog", params: ["0x" + t.hash()] })));
    return logs.map((log, i) => {
      if (!log.ok) throw new HarnessError("RPC_ERROR", `no application log for transaction ${transactions[i]!.hash()}: ${log.error.message}`, "the block was not persisted; check the node log");
      const execution = (log.value as { executions: ExecutionJson[] }).executions[0]!;
      return toOutcome(execution, time);
    });
  }
}

function signerJson(actor: Actor, scopes: tx.WitnessScope = tx.WitnessScope.CalledByEntry, allowedContracts?: string[]) {
  return new tx.Signer({ account: actor.scriptHash, scopes, ...(allowedContracts ? { allowedContracts: allowedContracts.map(stripHex) } : {}) }).toJson();
}

/** The 1-of-1 consensus multisig's verification cost is paid generously: it only funds worlds. */
function multisigNetworkFee(policy: FeePolicy): bigint {
  return 2000n * policy.feePerByte + policy.execFeeFactor * (1n << 16n);
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
