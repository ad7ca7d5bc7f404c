import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DifferentialRun } from "./differential-run.js";
import { runProperty, type DifferentialCommand, type DifferentialProperty } from "./run-property.js";

/**
 * runProperty's concurrent runs (`concurrently`) without a chain: sequences that "share blocks"
 * (sharesBlocks) and a command that fails only while another sequence runs beside it, the way a
 * timing-dependent difference or a harness fault would show. Such a failure passes alone at the
 * times it ran at; it must be reported (never a pass), and the campaign must go on sharing.
 */
describe("failures found while sharing blocks", () => {
  let active = 0;
  let seenAtOnce = 0;

  class Step implements DifferentialCommand<object> {
    constructor(readonly flaky: boolean, readonly broken: boolean) {}
    check(): boolean {
      return true;
    }
    async run(): Promise<void> {
      await new Promise((resolve) => setTimeout(resolve, 1));
      seenAtOnce = Math.max(seenAtOnce, active);
      if (this.broken) throw new Error("a real difference");
      if (this.flaky && active > 1) throw new Error("seen only beside another sequence");
    }
    toString(): string {
      return this.broken ? "broken" : this.flaky ? "flaky" : "step";
    }
  }

  const property = (command: fc.Arbitrary<DifferentialCommand<object>>): DifferentialProperty<object> => ({
    app: "fake", property: "FAKE", title: "fake", commands: [command], maxCommands: 3, sharesBlocks: true,
    fingerprint: () => ({}) as ReturnType<DifferentialProperty<object>["fingerprint"]>,
    setup: async () => {
      active++;
      const real = { steps: [], flexibleDelays: [], sharesBlocks: true, usePlan() {}, finish: async () => { active--; } } as unknown as DifferentialRun;
      return { model: {}, real };
    },
  });
  const options = { numRuns: 12, seed: 5, replayCommand: (seed: number, path: string) => `replay --seed ${seed} --path ${path}`, lanes: ["neo-express" as const], concurrency: 4 };

  it("reports a failure that does not reproduce alone as an error, and runs the rest still sharing", async () => {
    seenAtOnce = 0;
    const result = await runProperty(property(fc.constant(new Step(true, false))), options);
    expect(result.verdict).toBe("error");
    expect(result.error).toMatch(/failed while sharing blocks and passed when replayed alone/);
    expect(result.error).toMatch(/seen only beside another sequence; replay alone: replay --seed 5 --path \d+/);
    // Every drawn run ran once (not 100 more alone, as when fast-check went on from the path) …
    expect(result.numRuns).toBe(12);
    // … and the runs after the first failures still ran side by side.
    expect(seenAtOnce).toBeGreaterThan(1);
    expect(active).toBe(0);
  });

  it("still reports a failure that reproduces alone as a failure, shrunk", async () => {
    const result = await runProperty(property(fc.constantFrom(new Step(false, false), new Step(false, true))), options);
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.commands).toEqual(["broken"]);
    expect(active).toBe(0);
  });
});
