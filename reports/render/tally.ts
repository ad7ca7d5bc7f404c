import type { PropertyResult, RunSummary } from "../run-summary.js";

type Verdict = PropertyResult["verdict"];

interface Tally {
  readonly pass: number;
  readonly fail: number;
  readonly error: number;
  readonly skipped: number;
  readonly gasRegressions: number;
  /** One word for the whole run, from its exit code (README "Exit codes"). */
  readonly outcome: "PASS" | "FAIL" | "USAGE ERROR" | "INFRASTRUCTURE ERROR" | "INCOMPLETE" | "INTERRUPTED";
}

const OUTCOME: Record<number, Tally["outcome"]> = { 0: "PASS", 1: "FAIL", 2: "USAGE ERROR", 3: "INFRASTRUCTURE ERROR", 4: "INCOMPLETE", 130: "INTERRUPTED", 143: "INTERRUPTED" };

/** The counts every renderer heads its report with. */
function tally(summary: RunSummary): Tally {
  const count = (v: Verdict) => summary.properties.filter((p) => p.verdict === v).length;
  return {
    pass: count("pass"),
    fail: count("fail"),
    error: count("error"),
    skipped: count("skipped"),
    gasRegressions: summary.gas.filter((g) => g.verdict === "regression").length,
    // An unknown code is never shown as a pass.
    outcome: OUTCOME[summary.exitCode] ?? "INFRASTRUCTURE ERROR",
  };
}

export { tally };
export type { Tally };
