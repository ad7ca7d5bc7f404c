import { arg } from "./abi-arg.js";
import { describe, expect, it } from "vitest";
import { startChain } from "../lifecycle/start-chain.js";
import { NeoExpressDriver } from "./neo-express-driver.js";
import { fund } from "../test-support/chain-session.js";
import { tinyContract } from "../test-support/tiny-contract.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";

/** One fixed sequence on a fresh chain; returns what each step saw: time, state, GAS. */
async function runSequence(t0: bigint): Promise<{ hash: string; steps: Pick<Outcome, "time" | "state" | "gasConsumed">[] }> {
  const running = await startChain();
  try {
    const driver = await NeoExpressDriver.connect(running);
    await fund(driver, ["admin", "u1"], 100n, t0);
    const t = tinyContract();
    const { hash } = await driver.deploy(t.nef, t.manifest, driver.actor("admin"), t0 + 1_000n);
    const steps: Outcome[] = [];
    const times = [t0 + 2_000n, t0 + 2_001n, t0 + 86_400_000n, t0 + 86_400_000n + 15_000n];
    for (const [i, time] of times.entries()) {
      steps.push(...await driver.confirm([
        { call: { contract: hash, method: "time", args: [] }, sender: driver.actor("u1") },
        { call: { contract: hash, method: "put", args: [arg.int(i), arg.str("value")] }, sender: driver.actor("admin") },
        { call: { contract: hash, method: "fail", args: [arg.str(`step ${i}`)] }, sender: driver.actor("u1") },
      ], time));
    }
    return { hash, steps: steps.map(({ time, state, gasConsumed }) => ({ time, state, gasConsumed })) };
  } finally {
    await running.stop();
  }
}

describe("determinism", () => {
  it("two runs of the same sequence see the same times, contract hash and GAS at every step", async () => {
    const t0 = BigInt(Date.now()) + 31n * 86_400_000n;
    const first = await runSequence(t0);
    const second = await runSequence(t0);
    expect(second).toEqual(first);
    expect(first.steps).toHaveLength(12);
    expect(new Set(first.steps.map((s) => s.time)).size).toBe(4);
  }, 120_000);
});
