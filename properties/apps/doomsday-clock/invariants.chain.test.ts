import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { compileVariant } from "../../test-support/compile-variant.js";
import { withUnbookedPrizes } from "../../test-support/broken-models.js";
import { doomsdayDifferential } from "./doomsday-differential.js";

describe("DoomsdayClock's chain-alone invariants (DD-P5, G7)", () => {
  const session = useChain();

  it("catch a mistake that the model and the contract share: a prize paid but not booked in 44", async () => {
    const broken = compileVariant("DoomsdayClock", "MiniAppDoomsdayClock", [
      { file: "DoomsdayClock/MiniAppDoomsdayClock.Round.cs", from: "WriteInteger(PREFIX_TOTAL_PRIZES_PAID, ReadInteger(PREFIX_TOTAL_PRIZES_PAID) + prize);", to: "" },
    ]);
    const ctx = { ...chainContext(session().driver, projectContracts(broken), 1_000), modelOf: withUnbookedPrizes };
    const result = await runProperty(doomsdayDifferential(ctx), {
      numRuns: 100, seed: 7,
      replayCommand: (seed, path) => `npx miniapp-verify replay --app doomsday-clock --seed ${seed} --path ${path}`,
    });
    if (!result.counterexample?.steps.length) console.log(result.error);
    console.log(`shared accounting bug: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
    expect(result.verdict).toBe("fail");
    const last = result.counterexample!.steps.at(-1)!;
    // Model and chain agree on everything; only the invariants computed from the chain differ.
    expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
    expect(last.differences.map((d) => d.field).sort()).toEqual(["DD-P5", "G7"]);
  }, 900_000);
});
