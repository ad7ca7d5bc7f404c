import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../config/usage-error.js";
import { mergeSummaries } from "./merge-summaries.js";
import { readSummary } from "./read-summary.js";
import { REPORT_FORMATS, type ReportFormat } from "./render/report-formats.js";
import { REPORTERS } from "./render/reporters.js";
import type { RunSummary } from "./run-summary.js";

interface ReportOptions {
  readonly inputs: readonly string[];
  readonly outDir: string;
  readonly formats?: readonly string[];
}

interface ReportResult {
  readonly summary: RunSummary;
  /** The files written, in format order. */
  readonly written: readonly string[];
}

function checkFormats(formats: readonly string[]): ReportFormat[] {
  const unknown = formats.filter((f) => !(REPORT_FORMATS as readonly string[]).includes(f));
  if (unknown.length) {
    throw new UsageError("REPORT_FORMAT_UNKNOWN", `unknown report format ${unknown.map((f) => `"${f}"`).join(", ")}`, `choose from ${REPORT_FORMATS.join(", ")}`);
  }
  return [...new Set(formats)] as ReportFormat[];
}

/** Writes the chosen formats of one summary into `outDir`; the same call `verify` makes at its end. */
function writeReports(summary: RunSummary, outDir: string, formats: readonly string[] = REPORT_FORMATS): string[] {
  const chosen = checkFormats(formats);
  mkdirSync(outDir, { recursive: true });
  return chosen.map((f) => {
    const path = join(outDir, REPORTERS[f].file);
    writeFileSync(path, REPORTERS[f].render(summary));
    return path;
  });
}

/**
 * Re-renders saved run summaries: one file re-rendered, several (the shards of a campaign) merged
 * into one summary first. Every input is read and checked before anything is written.
 */
function report(options: ReportOptions): ReportResult {
  const formats = checkFormats(options.formats ?? REPORT_FORMATS);
  if (options.inputs.length === 0) throw new UsageError("REPORT_INPUT_MISSING", "no run summary given", "pass one run.json, or the run.json of every shard");
  const summary = mergeSummaries(options.inputs.map(readSummary));
  return { summary, written: writeReports(summary, options.outDir, formats) };
}

export { report, writeReports };
export type { ReportOptions, ReportResult };
