import { afterAll, beforeAll } from "vitest";
import { startChain, type RunningChain, type StartChainOptions } from "../lifecycle/start-chain.js";
import { NeoExpressDriver } from "../driver/neo-express-driver.js";
import type { LaneDriver } from "../driver/lane.js";
import { transferCall } from "../driver/gas-transfer.js";
import { ONE_GAS } from "../driver/fee-policy.js";

export interface ChainSession {
  running: RunningChain;
  driver: NeoExpressDriver;
  /** A time after which the harness's blocks go: 31 days after the wall clock (platform.md §6). */
  t0: bigint;
}

/** Starts a chain for one test file (beforeAll) and stops it afterwards (afterAll), whatever happened. */
export function useChain(options: StartChainOptions = {}): () => ChainSession {
  let session: ChainSession | undefined;
  beforeAll(async () => {
    const running = await startChain(options);
    try {
      const driver = await NeoExpressDriver.connect(running);
      session = { running, driver, t0: BigInt(Date.now()) + 31n * 86_400_000n };
    } catch (e) {
      await running.stop();
      throw e;
    }
  }, 90_000);
  afterAll(async () => {
    await session?.running.stop();
  }, 30_000);
  return () => {
    if (!session) throw new Error("chain not started");
    return session;
  };
}

/** Funds named chain-file accounts with GAS from genesis in one block at `time`. */
export async function fund(driver: LaneDriver, names: string[], gas: bigint, time: bigint): Promise<void> {
  const genesis = driver.actor("genesis");
  const outcomes = await driver.confirm(names.map((n) => ({ call: transferCall("GAS", genesis, driver.actor(n).scriptHash, gas * ONE_GAS), sender: genesis })), time);
  for (const o of outcomes) if (o.state !== "HALT") throw new Error(`funding failed: ${o.exception}`);
}
