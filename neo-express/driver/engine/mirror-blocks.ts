import type { NeoExpressDriver } from "../neo-express-driver.js";
import type { EngineDriver } from "./engine-driver.js";

/**
 * Brings the engine to neo-express's height with empty blocks at the node's own block times.
 * Heights matter beyond time: every block pays the committee (the genesis account) its GAS share
 * and adds to what a NEO holder is minted at its next transfer, so two lanes agree to the datoshi
 * only when they have persisted the same number of blocks. neo-express makes blocks of its own
 * (one at start-up, then one after every 15 s of idleness); the engine copies each of them.
 */
export async function mirrorBlocks(engine: EngineDriver, neoExpress: NeoExpressDriver): Promise<number> {
  await neoExpress.blocks.refreshTip();
  const target = neoExpress.tip.index;
  if (engine.height > target) {
    throw new Error(`the engine (height ${engine.height}) is ahead of neo-express (height ${target}): a judged engine must only run what neo-express runs`);
  }
  let mirrored = 0;
  for (let index = engine.height + 1; index <= target; index++) {
    await engine.confirm([], await neoExpress.blockTime(index));
    mirrored++;
  }
  return mirrored;
}
