import { resolve } from "node:path";
import { report } from "../../reports/report.js";
import { tally } from "../../reports/render/tally.js";

interface ReportCommandOptions {
  readonly out: string;
  readonly format: string;
  readonly log: (line: string) => void;
}

/**
 * `miniapp-verify report <run.json…>`: re-renders a saved run, or merges the shards' run.json
 * into one report. Returns the (merged) run's exit code, so a CI job that merges shards gates
 * like `verify` itself; bad input throws a UsageError (exit 2) before anything is written.
 */
function reportCommand(inputs: readonly string[], options: ReportCommandOptions): number {
  const formats = options.format.split(",").map((f) => f.trim()).filter(Boolean);
  const { summary, written } = report({ inputs: inputs.map((p) => resolve(p)), outDir: resolve(options.out), formats });
  const t = tally(summary);
  options.log(`${t.outcome}: ${t.pass} passed, ${t.fail} failed, ${t.error} errors, ${t.skipped} skipped, ${t.gasRegressions} GAS regressions` +
    `${inputs.length > 1 ? ` (${inputs.length} summaries merged)` : ""}`);
  for (const path of written) options.log(`wrote ${path}`);
  return summary.exitCode;
}

export { reportCommand };
