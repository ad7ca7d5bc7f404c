/**
 * The names `--format` takes, apart from the renderers so that the CLI can list them without
 * loading ECharts; `REPORTERS` (reporters.ts) must have exactly these keys (the type checks it).
 */
const REPORT_FORMATS = ["json", "md", "html", "junit", "lcov"] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

export { REPORT_FORMATS };
export type { ReportFormat };
