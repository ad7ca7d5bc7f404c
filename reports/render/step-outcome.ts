import type { Difference, OutcomeView } from "../run-summary.js";

/** One side of a step in a few words: `HALT → 42` or `FAULT "cost mismatch"`. */
function stepOutcome(o: OutcomeView): string {
  return o.state === "FAULT" ? `FAULT "${o.result}"` : `HALT → ${o.result}`;
}

/** The label of a difference's kind, as the reconciliation idea names it. */
const DIFFERENCE_LABEL = {
  "missing-on-chain": "missing on chain",
  "missing-in-model": "missing in model",
  "value-mismatch": "value mismatch",
  "lane-mismatch": "lane mismatch",
  "invariant-violation": "invariant violated",
} as const;

/** A difference's two values with their sides' names: model and chain, or engine and neo-express. */
function differenceSides(d: Difference): { side: string; value: string }[] {
  const sides = d.kind === "lane-mismatch"
    ? [{ side: "engine", value: d.engine }, { side: "neo-express", value: d.chain }]
    : d.kind === "invariant-violation"
      ? [{ side: "chain alone", value: d.chain }]
      : [{ side: "model", value: d.model }, { side: "chain", value: d.chain }];
  return sides.filter((s): s is { side: string; value: string } => s.value !== undefined);
}

export { stepOutcome, differenceSides, DIFFERENCE_LABEL };
