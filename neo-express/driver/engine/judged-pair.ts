import { NeoExpressDriver } from "../neo-express-driver.js";
import { startChain } from "../../lifecycle/start-chain.js";
import { EngineDriver } from "./engine-driver.js";
import { mirrorBlocks } from "./mirror-blocks.js";

export interface JudgedPair {
  readonly neoExpress: NeoExpressDriver;
  readonly engine: EngineDriver;
  stop(): Promise<void>;
}

/**
 * A neo-express node and an engine host of their own, at the same height, for judged worlds alone
 * (the lane-equivalence property): nothing else may add blocks to either.
 */
export async function judgedPair(): Promise<JudgedPair> {
  const chain = await startChain();
  try {
    const neoExpress = await NeoExpressDriver.connect(chain);
    const engine = await EngineDriver.start(chain.chain.path);
    const stop = async () => {
      await engine.close();
      await chain.stop();
    };
    try {
      await mirrorBlocks(engine, neoExpress);
      return { neoExpress, engine, stop };
    } catch (e) {
      await stop();
      throw e;
    }
  } catch (e) {
    await chain.stop();
    throw e;
  }
}
