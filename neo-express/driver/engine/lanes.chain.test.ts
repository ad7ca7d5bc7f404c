import { describe, expect, it } from "vitest";
import { arg } from "../abi-arg.js";
import { startChain } from "../../lifecycle/start-chain.js";
import { fund } from "../../test-support/chain-session.js";
import { tinyContract } from "../../test-support/tiny-contract.js";
import { transferCall } from "../gas-transfer.js";
import { GAS_HASH, NEO_HASH } from "../fee-policy.js";
import type { LaneDriver } from "../lane.js";
import { NeoExpressDriver } from "../neo-express-driver.js";
import { EngineDriver } from "./engine-driver.js";
import { mirrorBlocks } from "./mirror-blocks.js";

/** One fixed sequence; everything each lane reports along the way. */
async function sequence(driver: LaneDriver, t0: bigint) {
  await fund(driver, ["admin", "u1", "u2"], 100n, t0);
  const genesis = driver.actor("genesis");
  const [neo] = await driver.confirm([{ call: transferCall("NEO", genesis, driver.actor("u1").scriptHash, 10n), sender: genesis }], t0 + 500n);
  const t = tinyContract();
  const { hash, outcome: deployed } = await driver.deploy(t.nef, t.manifest, driver.actor("admin"), t0 + 1_000n);
  const outcomes = [neo!, deployed];
  const fees = [];
  for (const [i, time] of [t0 + 2_000n, t0 + 2_001n, t0 + 86_400_000n].entries()) {
    outcomes.push(...await driver.confirm([
      { call: { contract: hash, method: "time", args: [] }, sender: driver.actor("u1") },
      { call: { contract: hash, method: "put", args: [arg.int(i), arg.str("v".repeat(i * 40))] }, sender: driver.actor("admin") },
      { call: { contract: hash, method: "fail", args: [arg.str(`step ${i}`)] }, sender: driver.actor("u2") },
      { call: { contract: hash, method: "ping", args: [arg.array([arg.int(i), arg.bool(true), arg.bytes("beef")])] }, sender: driver.actor("u1") },
      // u1 holds NEO: a NEO transfer mints it GAS (a native notification both lanes must report).
      { call: transferCall("NEO", driver.actor("u1"), driver.actor("u2").scriptHash, 1n), sender: driver.actor("u1") },
      { call: { contract: hash, method: "nope", args: [] }, sender: driver.actor("u2") },
    ], time));
    fees.push(driver.lastFees);
  }
  const reads = [await driver.testInvoke({ contract: hash, method: "time", args: [] }), await driver.testInvoke({ contract: hash, method: "fail", args: [arg.str("read")] })];
  const accounts = ["admin", "u1", "u2", "genesis"].map((n) => "0x" + driver.actor(n).scriptHash);
  return {
    hash, outcomes, fees, reads,
    storage: await driver.storage(hash),
    gas: await driver.balancesOf("0x" + GAS_HASH, accounts),
    neo: await driver.balancesOf("0x" + NEO_HASH, accounts),
  };
}

describe("the two lanes", () => {
  it("give identical outcomes, GAS, fees, notifications, storage and balances for one sequence", async () => {
    const running = await startChain();
    const engine = await EngineDriver.start();
    try {
      const neoExpress = await NeoExpressDriver.connect(running);
      expect(await mirrorBlocks(engine, neoExpress)).toBeGreaterThanOrEqual(1);
      expect(engine.height).toBe(neoExpress.tip.index);
      const t0 = neoExpress.lastBlockTime() + 60_000n;
      const [a, b] = [await sequence(engine, t0), await sequence(neoExpress, t0)];
      expect(a.outcomes).toHaveLength(2 + 18);
      expect(a.outcomes.filter((o) => o.state === "FAULT").map((o) => o.state === "FAULT" && o.exception)).toContain("An unhandled exception was thrown. step 2");
      expect(a).toEqual(b);
    } finally {
      await engine.close();
      await running.stop();
    }
  });
});
