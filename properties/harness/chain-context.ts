import type { LaneDriver } from "../../neo-express/driver/lane.js";
import type { SharedBlocks } from "../../neo-express/driver/block/shared-blocks.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import type { ContractModel } from "../../simulator/runtime/contract-model.js";
import type { AppEntry } from "../../simulator/registry.js";

/** The shared chain of a run: one lane's chain, the contracts under test, worlds built on it one per sequence. */
export interface ChainContext {
  readonly driver: LaneDriver;
  /**
   * neo-express beside an engine-lane `driver`: every sequence then runs on both lanes, which must
   * agree exactly (the lane-equivalence property).
   */
  readonly judge?: LaneDriver;
  /**
   * neo-express only: sequences that run at once (runProperty's `concurrency`) share blocks
   * through it, each in its own world (worldRun gives each a seat).
   */
  readonly sharedBlocks?: SharedBlocks;
  readonly contracts: WorldContracts;
  readonly modelOf: (contractName: string) => ContractModel;
  readonly scriptHash: (app: AppEntry, name: string) => string;
  /** The next unused world index (each sequence gets its own accounts and contracts). */
  nextWorld(): number;
  /**
   * Chains of their own that the sequences are spread over (the judged pairs of a run, each with
   * its SharedBlocks): each sequence runs whole on the one with the fewest sequences running
   * (worldRun); this context's other fields are the first one's.
   */
  readonly spread?: readonly ChainContext[];
}
