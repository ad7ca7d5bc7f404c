import { describe, expect, it } from "vitest";
import { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import { builtContract } from "../../neo-express/world/built-contracts.js";
import { CATALOG } from "../../properties/catalog.js";
import { runProperty } from "../../properties/harness/run-property.js";
import { projectContracts } from "../../properties/test-support/doomsday-context.js";
import { openLanes, placeProperty } from "./run-lanes.js";

/**
 * A verify runs other properties between two lane-equivalence properties, and the judged pair
 * idles meanwhile: neo-express makes a block of its own after 15 s. The next lane-equivalence
 * property starts from worlds built before (the pool is shared), so the engine must copy that
 * block first. Without it, a verify under load exited 3 (TIME_NOT_AFTER_TIP) at DC-lane-equivalence.
 */
describe("a lane-equivalence property after the judged pair idled", () => {
  it("starts after the node's own blocks, on both lanes, and passes", async () => {
    const lanes = await openLanes("engine", projectContracts(builtContract("MiniAppDoomsdayClock"), "doomsday-clock"));
    try {
      const entry = CATALOG.find((e) => e.app === "doomsday-clock" && e.judged)!;
      const run = async (seed: number) => {
        const { property, options } = await placeProperty(entry, lanes);
        return runProperty(property, { numRuns: 2, seed, replayCommand: () => "", ...options });
      };
      expect((await run(1)).verdict).toBe("pass");
      const node = (await lanes.judged()).judge as NeoExpressDriver;
      const own = node.blocks.foreignBlocks.length;
      // The one wait on the wall clock: the idle time is what this test is about.
      await new Promise((r) => setTimeout(r, 16_500));
      const second = await run(2);
      expect(second.error).toBeUndefined();
      expect(second.verdict).toBe("pass");
      expect(node.blocks.foreignBlocks.length).toBeGreaterThan(own);
    } finally {
      await lanes.stop();
    }
  }, 600_000);
});
