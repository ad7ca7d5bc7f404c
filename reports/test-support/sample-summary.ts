import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RunSummarySchema, type RunSummary } from "../run-summary.js";

/** fixtures/reports/sample-run.json: a pass, a fail with a 3-step counterexample, two GAS pairs. */
const SAMPLE_RUN_PATH = fileURLToPath(new URL("../../fixtures/reports/sample-run.json", import.meta.url));

function sampleSummary(): RunSummary {
  return RunSummarySchema.parse(JSON.parse(readFileSync(SAMPLE_RUN_PATH, "utf8")));
}

export { sampleSummary, SAMPLE_RUN_PATH };
