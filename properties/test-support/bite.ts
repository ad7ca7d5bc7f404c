import { expect } from "vitest";
import type { PropertyResult } from "../../reports/run-summary.js";
import { runProperty, type DifferentialProperty, type RunOptions } from "../harness/run-property.js";

/**
 * One deliberately broken variant run to its counterexample (a bites test): the run must fail and
 * shrink to at most `maxCommands` commands; the counterexample is printed with the time taken.
 */
export async function bite<M extends object>(what: string, property: DifferentialProperty<M>, options: RunOptions<M>, maxCommands: number): Promise<PropertyResult> {
  const result = await runProperty(property, options);
  console.log(`${what}: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs:`, result.counterexample?.commands);
  expect(result.verdict).toBe("fail");
  expect(result.counterexample!.commands.length).toBeLessThanOrEqual(maxCommands);
  return result;
}

/**
 * A mistake model and contract share: the last step of the counterexample differs only by the
 * chain-alone invariants `ids` (kind `invariant-violation`), never between model and chain.
 */
export function expectInvariantsOnly(result: PropertyResult, ids: readonly string[]): void {
  const last = result.counterexample!.steps.at(-1)!;
  if (!last.differences.every((d) => d.kind === "invariant-violation")) console.log(JSON.stringify(last.differences));
  expect(last.differences.every((d) => d.kind === "invariant-violation")).toBe(true);
  expect(last.differences.map((d) => d.field)).toEqual(ids);
}
