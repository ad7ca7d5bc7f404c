import { describe, expect, it } from "vitest";
import { useEngine } from "../../neo-express/test-support/lane-sessions.js";
import { doomsdayDifferential } from "../apps/doomsday-clock/doomsday-differential.js";
import { withWrongFormula } from "../test-support/broken-models.js";
import { chainContext, projectContracts } from "../test-support/doomsday-context.js";
import type { ChainContext } from "./chain-context.js";
import type { DifferentialProperty } from "./run-property.js";
import { runProperty } from "./run-property.js";
import type { StepRecord } from "./step-record.js";

const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app doomsday-clock --seed ${seed} --path ${path} --lane engine`;

/** The property, with every sequence's steps kept in the order the sequences were set up (= fast-check's order of runs). */
function recorded(ctx: ChainContext) {
  const sequences: StepRecord[][] = [];
  const base = doomsdayDifferential(ctx, 20);
  const property: DifferentialProperty<object> = {
    ...base,
    setup: async () => {
      const s = await base.setup();
      sequences.push(s.real.steps);
      return s;
    },
  } as DifferentialProperty<object>;
  return { property, sequences };
}

// Sequences at once on one engine host (runProperty's `concurrency`): each runs in its own state
// forked from the app's world, their messages interleaved on the host.
describe("sequences that run at once on the engine", () => {
  const engine = useEngine();

  it("each see their own world only: every step of every sequence is what it is when they run one after another", async () => {
    const ctx = chainContext(engine(), projectContracts(), 40_000);
    const alone = recorded(ctx);
    const a = await runProperty(alone.property, { numRuns: 12, seed: 11, replayCommand, lanes: ["engine"] });
    expect(a.verdict).toBe("pass");
    // 4 at once: their steps share host messages (SEQUENCES_PER_MESSAGE = 4); 8: two messages in flight.
    for (const concurrency of [4, 8]) {
      const together = recorded(ctx);
      const b = await runProperty(together.property, { numRuns: 12, seed: 11, replayCommand, lanes: ["engine"], concurrency });
      expect(b.verdict).toBe("pass");
      expect(b.steps).toBe(a.steps);
      expect(together.sequences).toHaveLength(12);
      // Outcomes, times, notifications, fees (in G5's balances), storage: all alike, step by step.
      expect(together.sequences).toEqual(alone.sequences);
      expect(b.coverage).toEqual(a.coverage);
    }
  }, 600_000);

  it("a failure found among them is the sequential run's failure, and replays alone with the same steps", async () => {
    const ctx = { ...chainContext(engine(), projectContracts(), 41_000), modelOf: withWrongFormula };
    const options = { numRuns: 40, seed: 20261130, replayCommand, lanes: ["engine"] as const };
    const sequential = await runProperty(doomsdayDifferential(ctx, 20), { ...options, lanes: [...options.lanes] });
    const together = await runProperty(doomsdayDifferential(ctx, 20), { ...options, lanes: [...options.lanes], concurrency: 4 });
    expect(sequential.verdict).toBe("fail");
    expect(together.verdict).toBe("fail");
    const strip = (r: typeof sequential) => ({ ...r.counterexample!, savedAs: undefined });
    expect(strip(together)).toEqual(strip(sequential));
    expect(together.numRuns).toBe(sequential.numRuns);
    // The printed command's --seed/--path, run alone: the same steps.
    const { path, replayPath, seed } = together.counterexample!;
    const replayed = await runProperty(doomsdayDifferential(ctx, 20), { numRuns: 1, seed, path, ...(replayPath ? { replayPath } : {}), replayCommand, lanes: ["engine"] });
    expect(replayed.verdict).toBe("fail");
    expect(replayed.counterexample!.steps).toEqual(together.counterexample!.steps);
  }, 600_000);
});
