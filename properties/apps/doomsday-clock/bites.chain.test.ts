import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { doomsdayDifferential } from "./doomsday-differential.js";
import { withWrongFormula } from "../../test-support/broken-models.js";

const BUDGET = { numRuns: 50, seed: 20261130 };
const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app doomsday-clock --seed ${seed} --path ${path}`;

describe("the DoomsdayClock differential run bites", () => {
  const session = useChain();

  it("finds a wrong formula term in the MODEL within the default budget and shrinks it to a few steps", async () => {
    const ctx = { ...chainContext(session().driver), modelOf: withWrongFormula };
    const result = await runProperty(doomsdayDifferential(ctx), { ...BUDGET, replayCommand });
    console.log(`model bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    // Shrunk to a few commands (a pattern command makes several transactions).
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(4);
    expect(result.counterexample!.reproducedOn).toEqual(["neo-express"]);
    // Caught as a model-vs-chain difference, or first by a pattern: the O(1) ≡ O(n) pair on the
    // model copies, or the perturbation table / honest submission against the spec's messages.
    expect(result.error).toMatch(/differs|hybrid and deprecated paths differ|: expected /);
  }, 900_000);

  it("finds `>` for `>=` at the round's end in the CONTRACT within the default budget and shrinks it", async () => {
    const broken = compileVariant("DoomsdayClock", "MiniAppDoomsdayClock", [
      { file: "DoomsdayClock/MiniAppDoomsdayClock.Round.cs", from: "if (!(Now() >= r.EndTime)) throw new Exception(\"round not ended\");", to: "if (!(Now() > r.EndTime)) throw new Exception(\"round not ended\");" },
    ]);
    const ctx = chainContext(session().driver, projectContracts(broken), 1_000);
    const result = await runProperty(doomsdayDifferential(ctx), { ...BUDGET, replayCommand });
    console.log(`contract bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands.length).toBeLessThanOrEqual(4);
    expect(result.counterexample!.steps.at(-1)!.call).toMatch(/checkAndEndRound/);
  }, 900_000);
});
