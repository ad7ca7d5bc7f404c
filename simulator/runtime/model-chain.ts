import type { ContractModel } from "./contract-model.js";
import { Execution, type ExecutionState } from "./execution.js";
import { ContractFault, VmFault } from "./fault.js";
import { H } from "./hash.js";
import { displayOf, hash160FromDisplay, hash160Le, type Hash160Le } from "./hash160.js";
import { utf8Hex } from "./hex.js";
import { Any, boolItem, bytesItem } from "./items.js";
import type { ModelCall, TxContext } from "./model-call.js";
import { CONTRACT_MANAGEMENT_HASH, GAS_HASH, GAS_MODEL, NEO_HASH, NEO_MODEL } from "./native-tokens.js";
import type { Outcome } from "./outcome.js";
import type { StackItem } from "./stack-item.js";
import { ContractStorage, type StorageEntry } from "./storage.js";

/**
 * The hash of "the transaction's script" (Runtime.EntryScriptHash and the calling hash of the
 * entry call). The model uses it only to decide `calling = entry` (spec README §5); it is no
 * account's hash.
 */
export const ENTRY_SCRIPT_HASH = hash160Le(H(utf8Hex("miniapp-verify model entry script")).slice(0, 40));

interface Deployed {
  readonly model: ContractModel;
  readonly storage: ContractStorage;
  /** The NEF (hex) and manifest it was deployed with, when the deployer said: what an update to its own code must send. */
  readonly code?: DeployedCode;
}

/** A contract's NEF file (hex) and manifest (JSON text). */
export interface DeployedCode {
  readonly nef: string;
  readonly manifest: string;
}

/**
 * The model chain: contract instances by hash with their storage, GAS and NEO balances, and the
 * execution of transactions and test invocations, each returning the same `Outcome` as the chain
 * driver. A FAULT undoes every write, transfer and notification of its transaction.
 */
export class ModelChain {
  /** What an execution reads of this chain: built once (method shorthands, see Execution.frame). */
  private readonly view: ExecutionState;

  private constructor(
    private readonly contracts: Map<Hash160Le, Deployed>,
    private readonly ledgers: Map<Hash160Le, Map<Hash160Le, bigint>>,
  ) {
    this.view = {
      contract(hash) {
        return contracts.get(hash);
      },
      balances(token) {
        return ledgers.get(token) ?? new Map<Hash160Le, bigint>();
      },
    };
  }

  static create(): ModelChain {
    const chain = new ModelChain(new Map(), new Map([[GAS_HASH, new Map()], [NEO_HASH, new Map()]]));
    chain.contracts.set(GAS_HASH, { model: GAS_MODEL, storage: new ContractStorage() });
    chain.contracts.set(NEO_HASH, { model: NEO_MODEL, storage: new ContractStorage() });
    return chain;
  }

  /**
   * ContractManagement.deploy by `tx.signers[0]` at a hash the chain decided: runs the model's
   * `_deploy(null, false)`, then emits ContractManagement's `Deploy(hash)`. The Outcome's stack is
   * left empty (the chain returns the ContractState, which the model does not build).
   */
  deploy(contract: string, model: ContractModel, tx: TxContext, code?: DeployedCode): Outcome {
    const hash = hash160FromDisplay(contract);
    if (this.contracts.has(hash)) return { state: "FAULT", exception: "Contract Already Exists: " + contract, time: tx.now };
    const storage = new ContractStorage();
    this.contracts.set(hash, { model, storage, ...(code ? { code } : {}) });
    const exec = new Execution(this.state(), tx.signers, tx.now, ENTRY_SCRIPT_HASH);
    const outcome = this.run(exec, () => {
      if (model.methods.has("_deploy")) exec.call(CONTRACT_MANAGEMENT_HASH, false, hash, "_deploy", "All", [Any, boolItem(false)]);
      exec.notifications.push({ contract: "0xfffdc93764dbaddd97c48f252a53ea4643faa3fd", eventName: "Deploy", args: [bytesItem(hash)] });
      return undefined;
    });
    if (outcome.state === "FAULT") this.contracts.delete(hash);
    return outcome;
  }

  /** A transaction: the entry script calls `call` with CallFlags.All. */
  invoke(call: ModelCall, tx: TxContext): Outcome {
    const exec = new Execution(this.state(), tx.signers, tx.now, ENTRY_SCRIPT_HASH);
    return this.run(exec, () => exec.call(ENTRY_SCRIPT_HASH, false, hash160FromDisplay(call.contract), call.method, "All", call.args));
  }

  /** A test invocation at `now = tinv`, without signers by default; it never changes the state. */
  testInvoke(call: ModelCall, now: bigint, signers: TxContext["signers"] = []): Outcome {
    const exec = new Execution(this.state(), signers, now, ENTRY_SCRIPT_HASH);
    const outcome = this.run(exec, () => exec.call(ENTRY_SCRIPT_HASH, false, hash160FromDisplay(call.contract), call.method, "All", call.args));
    exec.journal.rollback();
    return outcome;
  }

  /** The contract's full storage, sorted by key (G4). */
  storage(contract: string): StorageEntry[] {
    return this.contracts.get(hash160FromDisplay(contract))?.storage.entriesSorted() ?? [];
  }

  balanceOf(token: "GAS" | "NEO", account: Hash160Le): bigint {
    return this.ledgers.get(token === "GAS" ? GAS_HASH : NEO_HASH)!.get(account) ?? 0n;
  }

  /** Setup only: credits tokens without a transaction (the genesis account's initial holdings). */
  mint(token: "GAS" | "NEO", account: Hash160Le, amount: bigint): void {
    const ledger = this.ledgers.get(token === "GAS" ? GAS_HASH : NEO_HASH)!;
    ledger.set(account, (ledger.get(account) ?? 0n) + amount);
  }

  /**
   * A transaction's system and network fees, burned from its sender before it runs (GasToken's
   * OnPersist burns every fee of a block before the first transaction executes), so a transfer
   * in it is decided on the balance after fees, as on chain. The chain decides the fees (a test
   * invocation's GAS plus a margin, the transaction's size): the model is told them.
   */
  chargeFee(account: Hash160Le, fee: bigint): void {
    const ledger = this.ledgers.get(GAS_HASH)!;
    const balance = ledger.get(account) ?? 0n;
    if (fee < 0n || balance < fee) throw new Error(`a fee of ${fee} datoshi exceeds the sender's GAS (${balance}): the chain would not persist such a block`);
    ledger.set(account, balance - fee);
  }

  /** Every deployed contract (GAS and NEO included), display form, sorted. */
  contractHashes(): string[] {
    return [...this.contracts.keys()].map((h) => displayOf(h)).sort();
  }

  isDeployed(contract: string): boolean {
    return this.contracts.has(hash160FromDisplay(contract));
  }

  /** A deep copy: storage and balances are copied, the stateless models shared. */
  copy(): ModelChain {
    const contracts = new Map([...this.contracts].map(([h, d]) => [h, { ...d, storage: d.storage.copy() }] as const));
    const ledgers = new Map([...this.ledgers].map(([t, l]) => [t, new Map(l)] as const));
    return new ModelChain(contracts, ledgers);
  }

  private state(): ExecutionState {
    return this.view;
  }

  private run(exec: Execution, body: () => StackItem | undefined): Outcome {
    const time = exec.now;
    try {
      const result = body();
      return { state: "HALT", stack: result === undefined ? [] : [result], notifications: exec.notifications, time };
    } catch (e) {
      exec.journal.rollback();
      if (e instanceof ContractFault) return { state: "FAULT", exception: `An unhandled exception was thrown. ${e.thrown}`, message: e.thrown, time };
      if (e instanceof VmFault) return { state: "FAULT", exception: e.text, time };
      throw e;
    }
  }
}
