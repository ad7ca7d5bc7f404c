import { readFileSync } from "node:fs";
import type { z } from "zod";
import { UsageError, type UsageErrorCode } from "./usage-error.js";
import { zodIssues } from "./zod-issues.js";

/** How a JSON input names itself in its errors, and how to fix each kind. */
interface JsonInput {
  readonly code: UsageErrorCode;
  /** `the config file <path>`, `<path>`: the subject of both messages. */
  readonly what: string;
  /** What follows the subject when the schema rejects it: `has errors`, `is not a … run summary`. */
  readonly invalid: string;
  readonly fixSyntax: string;
  readonly fixFields: string;
}

/**
 * A JSON file the user handed in (config, GAS snapshot, run summary), checked against its zod
 * schema: bad JSON or a field that breaks the schema is a usage error (exit 2) naming the file and
 * every wrong field, never a stack trace. Whether the file exists is the caller's question.
 */
function readJsonFile<T>(path: string, schema: z.ZodType<T>, input: JsonInput): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UsageError(input.code, `${input.what} is not valid JSON: ${(e as Error).message}`, input.fixSyntax);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new UsageError(input.code, `${input.what} ${input.invalid}:\n${zodIssues(parsed.error)}`, input.fixFields);
  return parsed.data;
}

export { readJsonFile };
export type { JsonInput };
