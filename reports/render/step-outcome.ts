import type { OutcomeView } from "../run-summary.js";

/** One side of a step in a few words: `HALT → 42` or `FAULT "cost mismatch"`. */
function stepOutcome(o: OutcomeView): string {
  return o.state === "FAULT" ? `FAULT "${o.result}"` : `HALT → ${o.result}`;
}

/** The label of a difference's kind, as the reconciliation idea names it. */
const DIFFERENCE_LABEL = {
  "missing-on-chain": "missing on chain",
  "missing-in-model": "missing in model",
  "value-mismatch": "value mismatch",
} as const;

export { stepOutcome, DIFFERENCE_LABEL };
