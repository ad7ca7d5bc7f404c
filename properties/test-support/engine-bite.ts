import { expect } from "vitest";
import type { ChainSession } from "../../neo-express/test-support/chain-session.js";
import type { EngineDriver } from "../../neo-express/driver/engine/engine-driver.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import type { ContractModel } from "../../simulator/runtime/contract-model.js";
import type { ChainContext } from "../harness/chain-context.js";
import { runProperty, type DifferentialProperty } from "../harness/run-property.js";
import type { PropertyResult } from "../../reports/run-summary.js";
import { chainContext } from "./doomsday-context.js";

/**
 * A bite on the engine lane at the default budget, for every app's bites test: the property over
 * a broken contract and/or a broken model must fail, be confirmed by a replay on neo-express
 * (whose tip is re-read first: it idles while the engine searches and may have made dBFT blocks
 * of its own), and shrink to at most `maxCommands` commands.
 */
export async function engineBite<M extends object>(o: {
  readonly engine: EngineDriver;
  readonly chain: ChainSession;
  readonly contracts: WorldContracts;
  readonly modelOf: (name: string) => ContractModel;
  readonly firstWorld: number;
  readonly property: (ctx: ChainContext) => DifferentialProperty<M>;
  readonly budget: { readonly numRuns: number; readonly seed: number };
  readonly replayCommand: (seed: number, path: string) => string;
  readonly maxCommands?: number;
}): Promise<PropertyResult> {
  const onEngine = { ...chainContext(o.engine, o.contracts, o.firstWorld), modelOf: o.modelOf };
  const onNeoExpress = { ...chainContext(o.chain.driver, o.contracts, o.firstWorld), modelOf: o.modelOf };
  const judge = () => {
    const p = o.property(onNeoExpress);
    return { ...p, setup: async (c?: Iterable<unknown>) => (await o.chain.driver.blocks.refreshTip(), p.setup(c)) };
  };
  const result = await runProperty(o.property(onEngine), { ...o.budget, replayCommand: o.replayCommand, lanes: ["engine"], judge });
  console.log(`found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands, result.error?.slice(0, 300));
  expect(result.verdict).toBe("fail");
  expect(result.counterexample!.reproducedOn).toEqual(["engine", "neo-express"]);
  expect(result.counterexample!.commands.length).toBeLessThanOrEqual(o.maxCommands ?? 3);
  return result;
}
