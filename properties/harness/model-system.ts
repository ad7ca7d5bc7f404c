import type { ContractCall } from "../../neo-express/driver/contract-call.js";
import { toStackItem } from "../../neo-express/driver/abi-arg.js";
import type { Actor } from "../../neo-express/driver/actor.js";
import type { ModelChain } from "../../simulator/runtime/model-chain.js";
import { displayOf, hash160FromDisplay } from "../../simulator/runtime/hash160.js";
import { sender as signer } from "../../simulator/runtime/witness.js";
import { parseSender } from "./sender-name.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { Observation } from "../../neo-express/driver/observation.js";
import { HarnessError } from "../../neo-express/harness-error.js";
import type { LedgerSide } from "./system.js";

/**
 * The model side of one sequence: the reference model chain, addressed with the same logical
 * account names as the chain side. Every transaction has one signer, its sender, with scope
 * CalledByEntry (spec README §6), or the scope its name gives (`name/none`, `name/entry+NEO`, …:
 * sender-name.ts).
 *
 * Its GAS ledger holds each account's real balance: the fees the chain charged for every
 * transaction are burned from the sender before the call runs (payFee), and the GAS NEO minted is
 * credited after it (credit), so a transfer succeeds or fails on the same balance on both sides.
 * Balances are reported net of both (observe), as the chain side reports them (spec README §10 G5).
 */
export class ModelSystem implements LedgerSide {
  readonly side = "model" as const;
  /** Fees booked and GAS minted by NEO, per account (display hash): observe() nets them out, as the chain side does (G5). */
  private readonly feesPaid: Map<string, bigint>;
  private readonly minted = new Map<string, bigint>();

  /**
   * `fixtureFees`: what each account paid while the world was built (already burned from `chain`'s
   * ledger by replayWorld). `contractHash`: a contract of the world by name (world-contract-names.ts),
   * for witness scopes that name contracts.
   */
  constructor(readonly chain: ModelChain, private readonly actors: ReadonlyMap<string, Actor>, fixtureFees: ReadonlyMap<string, bigint> = new Map(),
    private readonly contractHash: (name: string) => string = (name) => { throw new Error(`no contract names known to this model: "${name}"`); }) {
    this.feesPaid = new Map(fixtureFees);
  }

  /** The fees the chain charged `sender` for the transaction about to run, burned first (as on chain). */
  payFee(sender: string, fee: bigint): void {
    // `name/none` signs without a witness scope but still pays (sender-name.ts).
    const account = this.accountOf(parseSender(sender).name);
    this.chain.chargeFee(account, fee);
    const display = displayOf(account);
    this.feesPaid.set(display, (this.feesPaid.get(display) ?? 0n) + fee);
  }

  /** The GAS `sender` holds now, after every fee it paid: the chain's balance (G5 keeps them equal). */
  gasOf(sender: string): bigint {
    return this.chain.balanceOf("GAS", this.accountOf(parseSender(sender).name));
  }

  /** GAS that NEO minted on chain in the last transaction (the model does not compute it): credited to the same accounts. */
  credit(minted: ReadonlyMap<string, bigint>): void {
    for (const [account, amount] of minted) {
      this.chain.mint("GAS", hash160FromDisplay(account), amount);
      this.minted.set(account, (this.minted.get(account) ?? 0n) + amount);
    }
  }

  async invoke(call: ContractCall, sender: string, time: bigint): Promise<Outcome> {
    const { name, witness, customContracts } = parseSender(sender);
    // `/none`: no scope flag admits any call; `/entry+C`, `/custom:C`: C sees the witness too.
    const scopes = {
      ...(witness === "entry" ? { calledByEntry: true } : {}),
      ...(customContracts.length > 0 ? { customContracts: customContracts.map((c) => hash160FromDisplay(this.contractHash(c))) } : {}),
    };
    return this.chain.invoke(modelCall(call), { signers: [signer(this.accountOf(name), scopes)], now: time });
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
      gas: accounts.map((a) => this.chain.balanceOf("GAS", hash160FromDisplay(a)) + (this.feesPaid.get(a) ?? 0n) - (this.minted.get(a) ?? 0n)),
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
