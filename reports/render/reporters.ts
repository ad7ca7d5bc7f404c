import type { RunSummary } from "../run-summary.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { toLcov } from "../../contract-coverage/lcov.js";
import { REPORT_FORMATS, type ReportFormat } from "./report-formats.js";

interface Reporter {
  /** The file written: `<out>/<file>`. */
  readonly file: string;
  readonly render: (summary: RunSummary) => string;
}

/** Every report format, by the name `--format` takes: pure functions of one finished run. */
const REPORTERS = {
  json: { file: "run.json", render: renderJson },
  md: { file: "report.md", render: renderMarkdown },
  html: { file: "report.html", render: renderHtml },
  junit: { file: "junit.xml", render: renderJunit },
  lcov: { file: "coverage.lcov", render: (s) => toLcov(s.coverage ?? []) },
} as const satisfies Record<ReportFormat, Reporter>;

export { REPORTERS, REPORT_FORMATS };
export type { Reporter, ReportFormat };
