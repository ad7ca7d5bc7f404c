import { existsSync } from "node:fs";
import { UsageError } from "../config/usage-error.js";
import { RunSummarySchema, type RunSummary } from "./run-summary.js";
import { readJsonFile } from "../config/read-json-file.js";

/**
 * A saved run summary, checked: a missing file, bad JSON or a field that breaks the schema is a
 * usage error naming the file and the field, never a half-rendered report.
 */
function readSummary(path: string): RunSummary {
  if (!existsSync(path)) {
    throw new UsageError("REPORT_INPUT_MISSING", `the run summary ${path} does not exist`, "pass the run.json written by `miniapp-verify verify` (in its --out directory)");
  }
  return readJsonFile(path, RunSummarySchema, {
    code: "REPORT_INPUT_INVALID", what: path, invalid: "is not a miniapp-verify run summary",
    fixSyntax: "pass the run.json written by `miniapp-verify verify`, unedited", fixFields: "pass the run.json written by `miniapp-verify verify` of this version (schemaVersion 1)",
  });
}

export { readSummary };
