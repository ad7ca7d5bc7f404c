import { describe, expect, it } from "vitest";
import { useJudgedPair } from "../../test-support/lane-sessions.js";
import { laneDiff } from "../../../properties/harness/lane-diff.js";
import type { Step } from "../chain-backend.js";
import { ONE_GAS } from "../fee-policy.js";
import { transferCall } from "../gas-transfer.js";
import { SharedBlocks } from "./shared-blocks.js";

// A judged pair runs each shared block on both lanes side by side (SharedBlocks.judged). The node
// decides what stands; here its own block gets in first, unknown to the driver, and the engine
// must not keep the block it ran at the height the node's own block took.
describe("a judged pair's shared block after the node made a block of its own", () => {
  const pair = useJudgedPair();

  it("is undone on the engine, which copies the node's block and runs the same transactions again, or waits with the node", async () => {
    const { neoExpress, engine } = pair();
    const blocks = new SharedBlocks(neoExpress, 8, engine);
    const genesis = neoExpress.actor("genesis");
    const pay = (): Step => ({ call: transferCall("GAS", genesis, neoExpress.actor("u1").scriptHash, ONE_GAS), sender: genesis });
    const observed = { contracts: [], accounts: ["0x" + genesis.scriptHash, "0x" + neoExpress.actor("u1").scriptHash] };
    let undone = 0;
    const mirrorBlock = engine.mirrorBlock.bind(engine);
    engine.mirrorBlock = (steps, estimates) => {
      const block = mirrorBlock(steps, estimates);
      return { run: block.run, undo: async () => { undone++; await block.undo(); } };
    };
    // The one wait on the wall clock: neo-express makes a block of its own after 15 s without
    // one, at the time of day (this chain's block times run close to it).
    const idle = () => new Promise((r) => setTimeout(r, 16_500));
    blocks.arriving();
    const seat = blocks.seat();
    try {
      const first = await seat.confirm(pay(), { exact: neoExpress.lastBlockTime() + 1_000n }, observed);
      // The node's own block gets in before ours, which BlockProducer rebuilds on top of it: the
      // engine had run ours at the node's block's height.
      const own = neoExpress.blocks.foreignBlocks.length;
      await idle();
      const second = await seat.confirm(pay(), { exact: neoExpress.lastBlockTime() + 60_000n }, observed);
      expect(neoExpress.blocks.foreignBlocks.length).toBe(own + 1);
      expect(undone).toBe(1);
      // The node's own block passes the time chosen (a flexible step's window): the node refuses
      // ours, the engine undoes it, and the step goes in the next block on both.
      await idle();
      const third = await seat.confirm(pay(), { earliest: neoExpress.lastBlockTime() + 1n, latest: neoExpress.lastBlockTime() + 1_000n }, observed);
      expect(neoExpress.blocks.foreignBlocks.length).toBe(own + 2);
      expect(undone).toBe(2);
      expect(engine.height).toBe(neoExpress.tip.index);
      for (const step of [first, second, third]) {
        expect(laneDiff(step.mirrored!.outcome, step.outcome)).toEqual([]);
        expect(step.mirrored!.observation).toEqual(step.observation);
        expect(step.mirrored!.fee).toBe(step.fee);
      }
      // u1 got every payment, on both lanes.
      expect(third.observation.gas[1]).toBe(first.observation.gas[1]! + 2n * ONE_GAS);
    } finally {
      seat.leave();
    }
  }, 120_000);
});
