import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { runProperty } from "../../harness/run-property.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { timeLockDifferential } from "./timelock-differential.js";

describe("DevPack MiniAppTimeLockBase: model ≡ chain on generated sequences (issue #21)", () => {
  const session = useChain();

  it("agrees at every step", async () => {
    const contracts = projectContracts(builtContract("MiniAppTimeLockProbe"), "timelock-probe");
    const result = await runProperty(timeLockDifferential(chainContext(session().driver, contracts)), { numRuns: 16, seed: 21, replayCommand: () => "" });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`time lock: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 600_000);

  it("bites: a contract that accepts an unlock time equal to the block's time is found and shrunk to that lock", async () => {
    const wrong = compileVariant("Testing/TimeLockProbe", "MiniAppTimeLockProbe", [{
      file: "DevPack/MiniAppTimeLockBase.cs", from: "if (!(unlockTime > Now()))", to: "if (!(unlockTime >= Now()))",
    }]);
    const ctx = chainContext(session().driver, projectContracts(wrong, "timelock-probe"), 5_000);
    const result = await runProperty(timeLockDifferential(ctx), { numRuns: 60, seed: 21, replayCommand: () => "" });
    console.log("unlock time ≥ now:", result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands).toHaveLength(1);
    expect(result.counterexample!.steps.at(-1)!.call).toMatch(/lockItem/);
  }, 600_000);
});
