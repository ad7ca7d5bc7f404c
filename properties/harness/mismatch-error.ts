import type { Difference } from "../../reports/run-summary.js";

/**
 * Model and chain disagreed at one step. fast-check sees a thrown error and shrinks; the message
 * names the step and the first differing field with both values side by side.
 */
export class MismatchError extends Error {
  constructor(readonly step: number, readonly call: string, readonly differences: readonly Difference[]) {
    const first = differences[0]!;
    super(`step ${step} ${call}: ${first.field} differs (${first.kind}): model ${first.model ?? "—"} | chain ${first.chain ?? "—"}` +
      (differences.length > 1 ? ` (+${differences.length - 1} more)` : ""));
    this.name = "MismatchError";
  }
}
