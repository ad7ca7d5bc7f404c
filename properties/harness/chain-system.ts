import type { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import type { ContractCall } from "../../neo-express/driver/contract-call.js";
import type { StorageEntry } from "../../neo-express/driver/chain-backend.js";
import { GAS_HASH, NEO_HASH } from "../../neo-express/driver/fee-policy.js";
import type { World } from "../../neo-express/world/build-worlds.js";
import { HarnessError } from "../../neo-express/harness-error.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { System } from "./system.js";

/** The chain side of one sequence: its own world on the shared neo-express node. */
export class ChainSystem implements System {
  readonly side = "chain" as const;

  constructor(private readonly driver: NeoExpressDriver, readonly world: World) {}

  async invoke(call: ContractCall, sender: string, time: bigint): Promise<Outcome> {
    const [outcome] = await this.driver.confirm([{ call, sender: this.actor(sender) }], time);
    return outcome!;
  }

  /** The chain decides the time (T_last + MS_PER_BLOCK, after any dBFT block); the model is then fed it. */
  testInvoke(call: ContractCall): Promise<Outcome> {
    return this.driver.testInvoke(call);
  }

  storage(contract: string): Promise<StorageEntry[]> {
    return this.driver.storage(contract);
  }

  balance(token: "GAS" | "NEO", account: string): Promise<bigint> {
    return this.driver.balanceOf("0x" + (token === "GAS" ? GAS_HASH : NEO_HASH), account);
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
