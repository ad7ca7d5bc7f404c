import { z } from "zod";
import { RunSummarySchema } from "./run-summary.js";

/**
 * The run summary's JSON Schema (draft 2020-12), derived from the zod schema, for tools that
 * consume run.json without TypeScript; committed as reports/run-summary.schema.json.
 */
function runSummaryJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(RunSummarySchema), null, 2)}\n`;
}

export { runSummaryJsonSchema };
