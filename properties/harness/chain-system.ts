import type { LaneDriver } from "../../neo-express/driver/lane.js";
import type { ContractCall } from "../../neo-express/driver/contract-call.js";
import { GAS_HASH } from "../../neo-express/driver/fee-policy.js";
import type { World } from "../../neo-express/world/build-worlds.js";
import { HarnessError } from "../../neo-express/harness-error.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { System } from "./system.js";
import type { Observation } from "../../neo-express/driver/observation.js";
import type { Step } from "../../neo-express/driver/chain-backend.js";
import { tx } from "@cityofzion/neon-core";
import type { BlockTime, Seat, SharedStep } from "../../neo-express/driver/block/shared-blocks.js";
import { parseSender } from "./sender-name.js";
import { worldContractHash } from "./world-contract-names.js";

/** The chain side of one sequence: its own world on the run's chain (either lane). */
export class ChainSystem implements System {
  readonly side = "chain" as const;

  /** `seat`: the sequence shares blocks with others (SharedBlocks); its transactions go through it. */
  constructor(private readonly driver: LaneDriver, readonly world: World, private readonly seat?: Seat) {
    // The fixture's fees count too: the model's balances start from the funding alone.
    for (const [account, fee] of world.fees) this.feesPaid.set(account, fee);
  }

  /** Fees paid and GAS minted by NEO, per account (display hash): G5 nets them out. */
  private readonly feesPaid = new Map<string, bigint>();
  private readonly minted = new Map<string, bigint>();
  /** System + network fee of the last transaction (datoshi). */
  lastFee = 0n;
  /** GAS minted by NEO in the last transaction, per account (display hash). */
  lastMinted = new Map<string, bigint>();

  async invoke(call: ContractCall, sender: string, time: bigint): Promise<Outcome> {
    if (this.seat) throw new Error("a sequence that shares blocks observes every step (invokeWithin)");
    const step = this.step(call, sender);
    const [outcome] = await this.driver.confirm([step], time);
    return this.settle(step.sender, outcome!);
  }

  /** The transaction of `sender`, signed with the witness scope its name gives (sender-name.ts). */
  private step(call: ContractCall, sender: string): Step {
    const { name, witness, customContracts } = parseSender(sender);
    if (witness === "entry" && customContracts.length === 0) return { call, sender: this.actor(name) };
    const scopes = (witness === "entry" ? tx.WitnessScope.CalledByEntry : tx.WitnessScope.None)
      | (customContracts.length > 0 ? tx.WitnessScope.CustomContracts : tx.WitnessScope.None);
    return {
      call, sender: this.actor(name), scopes,
      ...(customContracts.length > 0 ? { allowedContracts: customContracts.map((c) => worldContractHash(this.world, c)) } : {}),
    };
  }

  /** Whether a step may leave its time to the blocks it shares (invokeWithin takes a window). */
  get sharesBlocks(): boolean {
    return this.seat !== undefined;
  }

  /**
   * One transaction at a time the shared blocks choose within `when` (exactly `time`, or a
   * window), with the observation after it: the outcome's `time` is the block's. A `call` given
   * as a function is built for that time, once the block's time is fixed.
   */
  async invokeWithin(call: ContractCall | ((time: bigint) => ContractCall), sender: string, when: BlockTime, contracts: readonly string[], accounts: readonly string[]): Promise<{ outcome: Outcome; observation: Observation; mirrored?: SharedStep["mirrored"] }> {
    if (!this.seat) {
      if (!("exact" in when)) throw new Error("a time window needs shared blocks");
      return this.invokeObserved(typeof call === "function" ? call(when.exact) : call, sender, when.exact, contracts, accounts);
    }
    const actor = this.actor(parseSender(sender).name);
    const shared = await this.seat.confirm(typeof call === "function" ? (time) => this.step(call(time), sender) : this.step(call, sender), when, { contracts, accounts });
    return { outcome: this.settle(actor, shared.outcome, shared.fee), observation: { ...shared.observation, gas: this.netGas(shared.observation.gas, accounts) }, ...(shared.mirrored ? { mirrored: shared.mirrored } : {}) };
  }

  /**
   * The step this side ran in a block the judge's seat made (SharedBlocks' mirror, lane
   * equivalence): its fee booked and its balances netted, as if this side had run it itself.
   */
  acceptMirrored(sender: string, mirrored: NonNullable<SharedStep["mirrored"]>, accounts: readonly string[]): { outcome: Outcome; observation: Observation } {
    return { outcome: this.settle(this.actor(parseSender(sender).name), mirrored.outcome, mirrored.fee), observation: { ...mirrored.observation, gas: this.netGas(mirrored.observation.gas, accounts) } };
  }

  async invokeObserved(call: ContractCall, sender: string, time: bigint, contracts: readonly string[], accounts: readonly string[]) {
    if (this.seat) return this.invokeWithin(call, sender, { exact: time }, contracts, accounts);
    if (!this.driver.confirmObserved) {
      const outcome = await this.invoke(call, sender, time);
      return { outcome, observation: await this.observe(contracts, accounts) };
    }
    const step = this.step(call, sender);
    const { outcomes: [outcome], observation } = await this.driver.confirmObserved([step], time, contracts, accounts);
    return { outcome: this.settle(step.sender, outcome!), observation: { ...observation, gas: this.netGas(observation.gas, accounts) } };
  }

  /** Books the fee the sender paid and the GAS NEO minted (G5 nets both out). */
  private settle(actor: Step["sender"], outcome: Outcome, fee = this.driver.lastFees[0]!.fee): Outcome {
    const account = "0x" + actor.scriptHash;
    this.lastFee = fee;
    this.feesPaid.set(account, (this.feesPaid.get(account) ?? 0n) + this.lastFee);
    this.lastMinted = new Map();
    if (outcome.state === "HALT") {
      for (const n of outcome.notifications) {
        const [from, to, amount] = n.args;
        if (n.contract === "0x" + GAS_HASH && n.eventName === "Transfer" && from?.type === "Any" && to?.type === "ByteString" && amount?.type === "Integer") {
          const minted = "0x" + Buffer.from(to.hex, "hex").reverse().toString("hex");
          this.minted.set(minted, (this.minted.get(minted) ?? 0n) + amount.value);
          this.lastMinted.set(minted, (this.lastMinted.get(minted) ?? 0n) + amount.value);
        }
      }
    }
    return outcome;
  }

  /** The chain decides the time (T_last + MS_PER_BLOCK, after any dBFT block); the model is then fed it. */
  testInvoke(call: ContractCall): Promise<Outcome> {
    return this.driver.testInvoke(call);
  }

  async observe(contracts: readonly string[], accounts: readonly string[]): Promise<Observation> {
    const o = await this.driver.observe(contracts, accounts);
    return { ...o, gas: this.netGas(o.gas, accounts) };
  }

  private netGas(raw: readonly bigint[], accounts: readonly string[]): bigint[] {
    return raw.map((b, i) => b + (this.feesPaid.get(accounts[i]!) ?? 0n) - (this.minted.get(accounts[i]!) ?? 0n));
  }

  /** The world's actor for a logical name (`admin`, `u3`, …). */
  actor(name: string) {
    const { admin, tee, treasury, users } = this.world.actors;
    const byName: Record<string, typeof admin> = { admin, tee, treasury, ...Object.fromEntries(users.map((u, i) => [`u${i + 1}`, u])) };
    const actor = byName[name];
    if (!actor) throw new HarnessError("UNKNOWN_ACCOUNT", `no account "${name}" in world ${this.world.index}`, "use admin, tee, treasury or u1…u6");
    return actor;
  }
}
