import type { CallContext, CallFlags, LedgerView, StorageView } from "./call-context.js";
import type { ContractModel } from "./contract-model.js";
import { vmFault } from "./fault.js";
import { displayOf, type Hash160Le } from "./hash160.js";
import { byteLength, type Hex } from "./hex.js";
import { Any, boolItem, bytesItem } from "./items.js";
import { journaledSet, Journal } from "./journal.js";
import type { Notification } from "./outcome.js";
import type { StackItem } from "./stack-item.js";
import { serializedSize } from "./serialize.js";
import { MAX_KEY_BYTES, MAX_VALUE_BYTES, type ContractStorage } from "./storage.js";
import { checkWitness, type Signer } from "./witness.js";
import { CONTRACT_MANAGEMENT_HASH } from "./native-tokens.js";

const MAX_EVENT_NAME = 32;
const MAX_NOTIFICATION_SIZE = 1024;

/** What an execution needs from the chain's state. */
export interface ExecutionState {
  contract(hash: Hash160Le): { readonly model: ContractModel; readonly storage: ContractStorage; readonly code?: { readonly nef: string; readonly manifest: string } } | undefined;
  balances(token: Hash160Le): Map<Hash160Le, bigint>;
}

/**
 * One transaction (or test invocation) in progress: its signers, time and entry script, the
 * journal that undoes it on FAULT, and the notifications in emission order. Each contract call
 * gets a CallContext frame with its own executing/calling hashes and flags.
 */
export class Execution {
  readonly journal = new Journal();
  readonly notifications: Notification[] = [];

  constructor(
    private readonly state: ExecutionState,
    readonly signers: readonly Signer[],
    readonly now: bigint,
    readonly entry: Hash160Le,
  ) {}

  /** System.Contract.Call from `calling` (the entry script or a contract). */
  call(calling: Hash160Le, callerReadOnly: boolean, target: Hash160Le, name: string, flags: CallFlags, args: readonly StackItem[]): StackItem {
    // Neo 3.5's System.Contract.Call refuses a method named `_…`: only ContractManagement runs `_deploy`.
    if (name.startsWith("_") && calling !== CONTRACT_MANAGEMENT_HASH) return vmFault(`Invalid Method Name: ${name}`);
    const deployed = this.state.contract(target);
    if (!deployed) return vmFault(`Called Contract Does Not Exist: ${displayOf(target)}`);
    const m = deployed.model.methods.get(name);
    if (!m || m.params !== args.length) return vmFault(`Method "${name}" with ${args.length} parameter(s) doesn't exist in the contract ${displayOf(target)}.`);
    const caller = calling === this.entry ? undefined : this.state.contract(calling);
    if (!m.safe && caller?.model.permissions && !caller.model.permissions.includes(name)) {
      vmFault(`Cannot Call Method ${name} Of Contract ${displayOf(target)} From Contract ${displayOf(calling)}`);
    }
    const readOnly = callerReadOnly || flags === "ReadOnly" || m.safe;
    return m.run(this.frame(target, calling, readOnly, deployed.storage), args) ?? Any;
  }

  // The context's functions are method shorthands over `exec`, not arrow-function properties:
  // a frame is built for every contract call, and tsx (esbuild keepNames) wraps every named
  // arrow in a `__name` defineProperty call, which cost a quarter of the model's time.
  frame(executing: Hash160Le, calling: Hash160Le, readOnly: boolean, storage: ContractStorage): CallContext {
    const exec = this;
    let ledger: LedgerView | undefined;
    const frame: CallContext = {
      now: this.now, signers: this.signers, executing, calling, entry: this.entry, readOnly,
      storage: this.storageView(storage, readOnly),
      notify(eventName, args) {
        if (readOnly) vmFault(`notification ${eventName} under CallFlags.ReadOnly`);
        // Neo 3.5 checks only these two limits (spec README §3 rule 5).
        if (Buffer.byteLength(eventName) > MAX_EVENT_NAME) vmFault(`event name ${eventName} over ${MAX_EVENT_NAME} bytes`);
        if (serializedSize({ type: "Array", items: args }) > MAX_NOTIFICATION_SIZE) vmFault(`notification ${eventName} over ${MAX_NOTIFICATION_SIZE} bytes`);
        exec.notifications.push({ contract: displayOf(executing), eventName, args });
      },
      call(contract, method, flags, args) {
        return exec.call(executing, readOnly, contract, method, flags, args);
      },
      checkWitness(u) {
        return checkWitness(frame, u);
      },
      txSender() {
        return exec.signers[0]?.account ?? vmFault("no transaction: ScriptContainer is null");
      },
      // Only the token models read it: built on first use.
      get ledger() {
        return (ledger ??= exec.ledgerView(executing));
      },
      isContract(hash) {
        return exec.state.contract(hash) !== undefined;
      },
      updateSelf(nef, manifest, data) {
        exec.updateContract(executing, nef, manifest, data);
      },
    };
    return frame;
  }

  /**
   * ContractManagement.update called by `contract` (devpack.md `update`): modelled for the
   * contract's own NEF and manifest only, as the generators send (anything else is outside the
   * model and faults: a different NEF would change the code the model mirrors). Neo 3.5.0
   * increments the UpdateCounter (ContractManagement's storage, not compared), notifies `Update`
   * and runs the contract's `_deploy(data, true)`, called by ContractManagement.
   */
  updateContract(contract: Hash160Le, nef: string, manifest: string, data: StackItem): void {
    const own = this.state.contract(contract);
    if (!own?.code || own.code.nef !== nef || own.code.manifest !== manifest) vmFault("ContractManagement.update to code other than the contract's own is not modelled");
    this.notifications.push({ contract: displayOf(CONTRACT_MANAGEMENT_HASH), eventName: "Update", args: [bytesItem(contract)] });
    if (own!.model.methods.has("_deploy")) this.call(CONTRACT_MANAGEMENT_HASH, false, contract, "_deploy", "All", [data, boolItem(true)]);
  }

  private storageView(storage: ContractStorage, readOnly: boolean): StorageView {
    return new FrameStorage(storage, readOnly, this.journal);
  }

  private ledgerView(token: Hash160Le): LedgerView {
    const balances = this.state.balances(token);
    const journal = this.journal;
    return {
      balanceOf(account) {
        return balances.get(account) ?? 0n;
      },
      move(from, to, amount) {
        journaledSet(journal, balances, from, (balances.get(from) ?? 0n) - amount);
        journaledSet(journal, balances, to, (balances.get(to) ?? 0n) + amount);
      },
    };
  }
}

/** A call's view of its contract's storage: prototype methods, nothing allocated per call but itself. */
class FrameStorage implements StorageView {
  constructor(private readonly storage: ContractStorage, private readonly readOnly: boolean, private readonly journal: Journal) {}

  get(key: Hex): Hex | undefined {
    return this.storage.get(key);
  }

  put(key: Hex, value: Hex): void {
    if (this.readOnly) vmFault("storage write under CallFlags.ReadOnly");
    if (byteLength(key) > MAX_KEY_BYTES) vmFault(`storage key of ${byteLength(key)} bytes`);
    if (byteLength(value) > MAX_VALUE_BYTES) vmFault(`storage value of ${byteLength(value)} bytes`);
    this.storage.put(key, value, this.journal);
  }

  delete(key: Hex): void {
    if (this.readOnly) vmFault("storage write under CallFlags.ReadOnly");
    this.storage.delete(key, this.journal);
  }

  find(prefix: Hex) {
    return this.storage.find(prefix);
  }
}
