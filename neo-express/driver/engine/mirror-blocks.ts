import type { Step } from "../chain-backend.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import type { NeoExpressDriver } from "../neo-express-driver.js";
import type { EngineDriver } from "./engine-driver.js";

/** What mirroring needs of the engine: its height, and blocks confirmed at a given time. */
export interface Mirroring {
  readonly height: number;
  confirm(steps: readonly Step[], time: bigint): Promise<Outcome[]>;
}

/**
 * Brings the engine to neo-express's height with empty blocks at the node's own block times.
 * Heights matter beyond time: every block pays the committee (the genesis account) its GAS share
 * and adds to what a NEO holder is minted at its next transfer, so two lanes agree to the datoshi
 * only when they have persisted the same number of blocks. neo-express makes blocks of its own
 * (one at start-up, then one after every 15 s of idleness); the engine copies each of them.
 */
export async function mirrorBlocks(engine: Mirroring, neoExpress: NeoExpressDriver): Promise<number> {
  await neoExpress.blocks.refreshTip();
  return mirrorUpTo(engine, neoExpress, neoExpress.tip.index);
}

/**
 * The same up to block `target` of the node (known to the driver already): a shared block's
 * mirror first copies the node's own blocks that got in before it (see SharedBlocks).
 */
export async function mirrorUpTo(engine: Mirroring, neoExpress: NeoExpressDriver, target: number): Promise<number> {
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

/**
 * The node's blocks after the engine's tip up to `target`, copied whole, transactions included
 * (mirrorUpTo copies only the node's own empty blocks): for when the engine must hold exactly what
 * the node holds, e.g. a world build the node abandoned because its own block got in.
 */
export async function copyBlocks(engine: EngineDriver, neoExpress: NeoExpressDriver, target: number): Promise<number> {
  let copied = 0;
  for (let index = engine.height + 1; index <= target; index++) {
    await engine.copyBlock(await neoExpress.rpc.call<string>("getblock", [index, false]));
    copied++;
  }
  return copied;
}
