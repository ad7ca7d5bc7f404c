import { describe, expect, it } from "vitest";
import { useJudgedPair } from "../../neo-express/test-support/lane-sessions.js";
import { SharedBlocks } from "../../neo-express/driver/block/shared-blocks.js";
import { doomsdayDifferential } from "../apps/doomsday-clock/doomsday-differential.js";
import { chainContext, projectContracts } from "../test-support/doomsday-context.js";
import { runProperty } from "./run-property.js";

const replayCommand = (seed: number, path: string) => `replay --seed ${seed} --path ${path}`;

// A judged pair builds each world pair's two lanes side by side (world-run.ts buildPairs). When
// the node's own dBFT block gets into its build (a stalled machine), the node's build is made
// anew, and the engine must then hold exactly what the node holds: its own build undone, the
// node's blocks copied whole. The genesis account's NEO transfers in the abandoned build decide
// the GAS it is minted at its next one: with those blocks copied empty (as the node's own blocks
// are), the lanes differed in the new build's first NEO transfer.
describe("world pairs built side by side on a judged pair", () => {
  const pair = useJudgedPair();

  it("undo the engine's build when a dBFT block got into the node's, build both anew, and the sequences pass", async () => {
    const { neoExpress, engine } = pair();
    // The node's own block is made up: the first tip check after a build (the next after the
    // engine's fork) reports one, as refreshTip records a real one.
    let armed = false;
    let injected = 0;
    const fork = engine.fork.bind(engine);
    engine.fork = async () => {
      armed = injected === 0;
      return fork();
    };
    const restored: number[] = [];
    const restore = engine.restore.bind(engine);
    engine.restore = async (state) => {
      restored.push(state.tip.index);
      return restore(state);
    };
    const refreshTip = neoExpress.blocks.refreshTip.bind(neoExpress.blocks);
    neoExpress.blocks.refreshTip = async () => {
      const found = await refreshTip();
      if (!armed) return found;
      armed = false;
      injected++;
      neoExpress.blocks.foreignBlocks.push({ index: neoExpress.tip.index, timestamp: neoExpress.tip.timestamp });
      return found + 1;
    };
    const ctx = { ...chainContext(engine, projectContracts(), 90_000, neoExpress), sharedBlocks: new SharedBlocks(neoExpress, 8, engine) };
    const result = await runProperty(doomsdayDifferential(ctx, 6), { numRuns: 4, seed: 7, replayCommand, lanes: ["engine", "neo-express"], concurrency: 4 });
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("pass");
    expect(injected).toBe(1);
    // The engine went back once, to where both lanes stood before the abandoned build …
    expect(restored).toHaveLength(1);
    expect(restored[0]).toBeLessThan(engine.height);
    // … then copied the node's blocks whole, so both still agree block for block.
    expect(engine.height).toBe(neoExpress.tip.index);
  }, 600_000);
});
