import { RunSummarySchema, type RunSummary } from "../run-summary.js";
import { sortKeys } from "../sort-keys.js";

/**
 * The JSON other tools consume: validated against the schema (a summary that does not match is a
 * bug of its producer and must not be saved), keys sorted, two-space indent, final newline.
 */
function renderJson(summary: RunSummary): string {
  const valid = RunSummarySchema.parse(summary);
  return `${JSON.stringify(sortKeys(valid), null, 2)}\n`;
}

export { renderJson };
