import { describe, expect, it } from "vitest";
import { useEngine } from "../neo-express/test-support/lane-sessions.js";
import { benchGas } from "./bench-gas-run.js";
import { gasBaseline } from "./gas-baseline.js";

// The committed snapshot was measured on neo-express. The engine lane runs the node's own Neo.dll,
// so its GAS must be the same to the datoshi: every point of the full sweep `same`, none merely
// `improvement`. (Its world starts at the engine's own tip: the sweep's times are relative.)
describe("the engine lane measures the committed GAS snapshot", () => {
  const engine = useEngine();

  it("to the datoshi, at every point of the sweep", async () => {
    const run = await benchGas(engine(), {
      mode: "check", apps: ["doomsday-clock"], toleranceBps: 0, appFiles: new Map(), baseline: gasBaseline(undefined, true), requireBaseline: true,
    }, engine().lastBlockTime() + 1_000n);
    expect(run.exitCode, run.report.join("\n")).toBe(0);
    expect(run.checks[0]!.entries).toHaveLength(20);
    expect(run.checks[0]!.entries.filter((e) => e.status !== "same")).toEqual([]);
  }, 120_000);
});
