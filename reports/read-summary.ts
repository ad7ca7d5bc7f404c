import { existsSync, readFileSync } from "node:fs";
import { UsageError } from "../config/usage-error.js";
import { RunSummarySchema, type RunSummary } from "./run-summary.js";
import { zodIssues } from "../config/zod-issues.js";

/**
 * A saved run summary, checked: a missing file, bad JSON or a field that breaks the schema is a
 * usage error naming the file and the field, never a half-rendered report.
 */
function readSummary(path: string): RunSummary {
  if (!existsSync(path)) {
    throw new UsageError("REPORT_INPUT_MISSING", `the run summary ${path} does not exist`, "pass the run.json written by `miniapp-verify verify` (in its --out directory)");
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UsageError("REPORT_INPUT_INVALID", `${path} is not valid JSON: ${(e as Error).message}`, "pass the run.json written by `miniapp-verify verify`, unedited");
  }
  const parsed = RunSummarySchema.safeParse(data);
  if (!parsed.success) {
    throw new UsageError("REPORT_INPUT_INVALID", `${path} is not a miniapp-verify run summary:\n${zodIssues(parsed.error)}`, "pass the run.json written by `miniapp-verify verify` of this version (schemaVersion 1)");
  }
  return parsed.data;
}

export { readSummary };
