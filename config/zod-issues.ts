import type { z } from "zod";

/**
 * zod issues as lines that name the field by its path (`  - properties[1].seed: expected
 * number, received string`), so a user finds the wrong line of the file at once.
 */
function zodIssues(error: z.ZodError): string {
  return error.issues.map((i) => {
    const path = i.path.reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), "");
    return `  - ${path || "(top level)"}: ${i.message}`;
  }).join("\n");
}

export { zodIssues };
