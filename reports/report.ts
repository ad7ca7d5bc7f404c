import { renameSync, rmSync, writeFileSync } from "node:fs";
import { ensureWritableDir } from "./writable-dir.js";
import { ReportWriteError } from "./report-write-error.js";
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

/**
 * Writes the chosen formats of one summary into `outDir`; the same call `verify` makes at its
 * end. Each file is written beside its place and renamed into it, so a full disk leaves either
 * the whole file or none, never a truncated report; then ReportWriteError names the file and
 * lists those written (run.json comes first: the smallest, and the one `report` re-renders).
 */
function writeReports(summary: RunSummary, outDir: string, formats: readonly string[] = REPORT_FORMATS): string[] {
  const chosen = checkFormats(formats);
  ensureWritableDir(outDir, "--out", true, false);
  const written: string[] = [];
  for (const f of chosen) {
    const path = join(outDir, REPORTERS[f].file);
    const partial = `${path}.partial`;
    try {
      writeFileSync(partial, REPORTERS[f].render(summary));
      renameSync(partial, path);
    } catch (e) {
      rmSync(partial, { force: true });
      throw new ReportWriteError(written, path, e as NodeJS.ErrnoException);
    }
    written.push(path);
  }
  return written;
}

/**
 * Re-renders saved run summaries: one file re-rendered, several (the shards of a campaign) merged
 * into one summary first. Every input is read and checked before anything is written.
 */
function report(options: ReportOptions): ReportResult {
  const formats = checkFormats(options.formats ?? REPORT_FORMATS);
  if (options.inputs.length === 0) throw new UsageError("REPORT_INPUT_MISSING", "no run summary given", "pass one run.json, or the run.json of every shard");
  const summary = mergeSummaries(options.inputs.map(readSummary));
  ensureWritableDir(options.outDir, "--out");
  return { summary, written: writeReports(summary, options.outDir, formats) };
}

export { report, ReportWriteError, writeReports };
export type { ReportOptions, ReportResult };
