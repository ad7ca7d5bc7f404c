import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { dailyCheckinDifferential } from "./daily-checkin-differential.js";

describe("DailyCheckin: model ≡ chain on generated sequences", () => {
  const session = useChain();

  it("agrees at every step (DC-P1…P7, G1–G9; DC-P5 and G7 from the chain alone)", async () => {
    const ctx = chainContext(session().driver, projectContracts(builtContract("MiniAppDailyCheckin"), "daily-checkin"));
    const result = await runProperty(dailyCheckinDifferential(ctx, 15), {
      numRuns: Number(process.env.DC_RUNS ?? 12), seed: Number(process.env.DC_SEED ?? 1),
      replayCommand: (seed, path) => `npx miniapp-verify replay --app daily-checkin --seed ${seed} --path ${path}`,
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    if (process.env.DC_COVERAGE) console.log(result.coverage, result.steps, result.durationMs);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});
