import { expect } from "vitest";
import type { LaneDriver } from "../../neo-express/driver/lane.js";
import type { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import type { ContractModel } from "../../simulator/runtime/contract-model.js";
import type { ChainContext } from "../harness/chain-context.js";
import { runProperty, type DifferentialProperty } from "../harness/run-property.js";
import type { PropertyResult } from "../../reports/run-summary.js";
import { chainContext } from "./doomsday-context.js";

/** One app's bite: its differential property, a contract variant and a model, the worlds it starts at. */
export interface EngineBite {
  readonly differential: (ctx: ChainContext, maxCommands: number) => DifferentialProperty<object>;
  readonly contracts: WorldContracts;
  readonly modelOf: (name: string) => ContractModel;
  readonly firstWorld: number;
  readonly maxCommands: number;
  readonly budget: { readonly numRuns: number; readonly seed: number };
  readonly replayCommand: (seed: number, path: string) => string;
  /** The longest shrunk counterexample accepted. */
  readonly maxShrunk: number;
}

/**
 * A deliberately broken variant searched with the default budget on the engine lane; the failure
 * counts only once replayed on neo-express (whose tip is re-read first: it idles while the engine
 * searches and makes dBFT blocks). Requires a failure, reproduced on both lanes, shrunk to at most
 * `maxShrunk` commands; prints how long finding and shrinking took.
 */
export async function biteOnEngine(engine: LaneDriver, chain: NeoExpressDriver, b: EngineBite): Promise<PropertyResult> {
  const on = (driver: LaneDriver) => ({ ...chainContext(driver, b.contracts, b.firstWorld), modelOf: b.modelOf });
  const judge = () => {
    const p = b.differential(on(chain), b.maxCommands);
    return { ...p, setup: async () => (await chain.blocks.refreshTip(), p.setup()) };
  };
  const result = await runProperty(b.differential(on(engine), b.maxCommands), { ...b.budget, replayCommand: b.replayCommand, lanes: ["engine"], judge });
  console.log(`found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands, result.error?.slice(0, 300));
  expect(result.verdict).toBe("fail");
  expect(result.counterexample!.reproducedOn).toEqual(["engine", "neo-express"]);
  expect(result.counterexample!.commands.length).toBeLessThanOrEqual(b.maxShrunk);
  return result;
}
