import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import { entryAnd } from "../../../harness/sender-name.js";
import { accountHash, type NeoGachaSequence } from "../sequence-model.js";

/** GAS's display hash: the other asset items may escrow. */
export const GAS_DISPLAY = "0xd2a4cff31913016155e38e474a2c06d08be276cf";
export type Asset = "item" | "gas";
export const assetHash = (m: NeoGachaSequence, a: Asset): string => (a === "item" ? m.token : GAS_DISPLAY);
/** The world's name of an asset for a witness scope (README §6: the deposit's CustomContracts[token]). */
export const assetName = (a: Asset): string => (a === "item" ? "ItemToken" : "GAS");

export const call = (m: NeoGachaSequence, method: string, ...args: AbiArg[]) => ({ contract: m.app, method, args });

/**
 * A machine made the honest way, one block after another (neo-gacha.md "Methods"): the owner mints
 * item tokens (test faucet), creates the machine, adds `weights.length` items of one asset
 * (weights summing to 100 unless the generator says otherwise), deposits `stock[k]` prize units of
 * each, signing CalledByEntry + CustomContracts[asset] (README §6), and activates it through the
 * hybrid or the deprecated method (or leaves it unlocked, for later items and their faults). Stocks stay small so plays exhaust items (NG-P5).
 */
export class SetupMachine implements DifferentialCommand<NeoGachaSequence> {
  constructor(readonly owner: string, readonly weights: readonly bigint[], readonly unit: bigint, readonly stock: readonly number[], readonly asset: Asset,
    readonly activation: "hybrid" | "deprecated" | "none", readonly price: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: NeoGachaSequence, r: DifferentialRun): Promise<void> {
    const owner = arg.hash160(accountHash(m, this.owner));
    // Nothing here depends on the block's time (CreatedAt is whatever time the model is given): each
    // step may take a shared block's time, a second or up to a minute after the last.
    const tx = async (c: ReturnType<typeof call>, signer: string, label?: string) => {
      const out = await r.transaction(c, signer, flexible(1_000n), label);
      m.time = r.time;
      return out.model;
    };
    const total = this.stock.reduce((a, s) => a + BigInt(s) * this.unit, 0n);
    if (this.asset === "item" && total > 0n) await tx({ contract: m.token, method: "mint", args: [owner, arg.int(total)] }, this.owner, `ItemToken.mint(${this.owner}, ${total})`);
    const created = await tx(call(m, "createMachine", owner, arg.str(`machine of ${this.owner}`), arg.str("blind box"), arg.str("toys"), arg.str("test"), arg.int(this.price)), this.owner);
    if (created.state !== "HALT" || created.stack[0]?.type !== "Integer") return;
    const id = created.stack[0].value;
    m.machines.push(id);
    for (let k = 0; k < this.weights.length; k++) {
      await tx(call(m, "addMachineItem", owner, arg.int(id), arg.str(`item ${k + 1}`), arg.int(this.weights[k]!), arg.str(k === 0 ? "rare" : "common"), arg.int(1n),
        arg.hash160(assetHash(m, this.asset)), arg.int(this.unit), arg.str("")), this.owner);
    }
    for (let k = 0; k < this.weights.length; k++) {
      const amount = BigInt(this.stock[k] ?? 0) * this.unit;
      if (amount > 0n) await tx(call(m, "depositItem", owner, arg.int(id), arg.int(BigInt(k + 1)), arg.int(amount)), entryAnd(this.owner, assetName(this.asset)));
    }
    if (this.activation === "none") return;
    if (this.activation === "hybrid") await tx(call(m, "setMachineActiveWithValidation", owner, arg.int(id), arg.bool(true), arg.int(1n)), this.owner);
    else await tx(call(m, "setMachineActive", owner, arg.int(id), arg.bool(true)), this.owner);
  }

  toString(): string {
    return `setupMachine(${this.owner}, weights [${this.weights.join(",")}], unit ${this.unit} ${this.asset}, stock [${this.stock.join(",")}], ${this.activation}, price ${this.price})`;
  }
}
