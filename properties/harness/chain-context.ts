import type { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import type { ContractModel } from "../../simulator/runtime/contract-model.js";
import type { AppEntry } from "../../simulator/registry.js";

/** The shared chain of a run: one node, the contracts under test, worlds built on it one per sequence. */
export interface ChainContext {
  readonly driver: NeoExpressDriver;
  readonly contracts: WorldContracts;
  readonly modelOf: (contractName: string) => ContractModel;
  readonly scriptHash: (app: AppEntry, name: string) => string;
  /** The next unused world index (each sequence gets its own accounts and contracts). */
  nextWorld(): number;
}
