// Writes reports/run-summary.schema.json (the JSON Schema of run.json) from the zod schema.
//   npx tsx scripts/export-run-summary-schema.ts
import { writeFileSync } from "node:fs";
import { runSummaryJsonSchema } from "../reports/run-summary-json-schema.js";

writeFileSync(new URL("../reports/run-summary.schema.json", import.meta.url), runSummaryJsonSchema());
