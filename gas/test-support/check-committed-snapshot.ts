import { expect } from "vitest";
import type { LaneDriver } from "../../neo-express/driver/lane.js";
import { benchGas } from "../bench-gas-run.js";
import { gasBaseline } from "../gas-baseline.js";
import { sweepStartTime } from "../run-gas-sweep.js";

/**
 * The CI form of the GAS gate for one app (every `*-snapshot.chain.test.ts`): the committed
 * baseline checked on a few points with tolerance 0 (GAS is deterministic: any increase fails, a
 * decrease passes and leaves the baseline stale). The full sweep runs through `npm run bench:gas`
 * and verify's gate. Returns the run for the app's own assertions.
 */
export async function checkCommittedSnapshot(driver: LaneDriver, app: string, points: number[]) {
  const run = await benchGas(driver, {
    mode: "check", apps: [app], points, toleranceBps: 0, appFiles: new Map(), baseline: gasBaseline(undefined, true), requireBaseline: true,
  }, sweepStartTime(BigInt(Date.now())));
  expect(run.exitCode, `${run.report.join("\n")}\n\nif the increase is intended: npm run bench:gas:update, and commit gas/snapshots/`).toBe(0);
  return run;
}
