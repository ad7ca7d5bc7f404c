import { describe, expect, it } from "vitest";
import { useChain, fund } from "../../test-support/chain-session.js";
import { tinyContract } from "../../test-support/tiny-contract.js";

describe("the node's own dBFT blocks", () => {
  const session = useChain();

  it("an idle pause past MS_PER_BLOCK (15 s) brings a dBFT block, which is noticed, recorded and built upon", async () => {
    const { driver, t0 } = session();
    await fund(driver, ["admin"], 100n, t0);
    const t = tinyContract();
    const { hash } = await driver.deploy(t.nef, t.manifest, driver.actor("admin"), t0 + 1_000n);
    const before = driver.tip;
    expect(driver.blocks.foreignBlocks.filter((b) => b.index > 1)).toEqual([]);

    // The one test that waits on the wall clock: it is what this test is about.
    await new Promise((r) => setTimeout(r, 16_500));

    // A test invocation re-reads the tip, so its time (T_last + 15 s) accounts for the new block.
    const outcome = await driver.testInvoke({ contract: hash, method: "time", args: [] });
    const foreign = driver.blocks.foreignBlocks.filter((b) => b.index > before.index);
    expect(foreign.length).toBeGreaterThanOrEqual(1);
    // dBFT stamps max(wall clock, T_last + 1 ms); our blocks are 31 days ahead of the wall clock.
    expect(foreign[0]).toEqual({ index: before.index + 1, timestamp: before.timestamp + 1n });
    expect(outcome.time).toBe(driver.lastBlockTime() + 15_000n);

    // The harness builds its next block on the new tip.
    const [next] = await driver.confirm([{ call: { contract: hash, method: "time", args: [] }, sender: driver.actor("admin") }], driver.lastBlockTime() + 1_000n);
    expect(next).toMatchObject({ state: "HALT" });
    expect(driver.tip.index).toBe(foreign.at(-1)!.index + 1);
  }, 60_000);
});
