import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runSummaryJsonSchema } from "./run-summary-json-schema.js";

describe("reports/run-summary.schema.json", () => {
  it("is the zod schema's JSON Schema (regenerate: npx tsx scripts/export-run-summary-schema.ts)", () => {
    const committed = readFileSync(fileURLToPath(new URL("./run-summary.schema.json", import.meta.url)), "utf8");
    expect(committed).toBe(runSummaryJsonSchema());
    expect(JSON.parse(committed).additionalProperties).toBe(false);
  });
});
