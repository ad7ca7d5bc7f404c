/**
 * The page's only style sheet, inlined so that the report is one offline file. Print-friendly:
 * auditors print it; colour is never the only carrier of a verdict (the word is always there).
 */
const STYLE = `
:root { --fg: #1d2330; --muted: #5b6475; --line: #d9dee7; --pass: #1f7a3a; --fail: #b42318; --warn: #9a6700; --bg-fail: #fdecea; --bg-pass: #e8f5ec; --bg-warn: #fff4d6; }
* { box-sizing: border-box; }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--fg); margin: 0 auto; padding: 24px 32px 64px; max-width: 1200px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
.meta { color: var(--muted); margin: 0 0 12px; }
nav a { margin-right: 14px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f4f6f9; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, pre, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; }
pre { background: #f4f6f9; border: 1px solid var(--line); padding: 8px 10px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; font-size: 12px; }
.v-pass, .v-new { color: var(--pass); background: var(--bg-pass); }
.v-fail, .v-error, .v-regression { color: var(--fail); background: var(--bg-fail); }
.v-skipped { color: var(--warn); background: var(--bg-warn); }
.outcome { font-size: 16px; padding: 2px 12px; }
tr.differs td { background: var(--bg-fail); }
.k-missing-on-chain { color: var(--fail); } .k-missing-in-model { color: #8a3ffc; } .k-value-mismatch { color: var(--warn); } .k-invariant-violation { color: var(--fail); font-weight: 600; }
.kind { font-weight: 600; white-space: nowrap; }
ul.differences { margin: 0; padding-left: 18px; }
.chart svg { max-width: 100%; height: auto; border: 1px solid var(--line); }
.hash { word-break: break-all; }
.pair { break-inside: avoid; }
table.source-table { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; width: 100%; }
table.source-table td { border: none; padding: 0 6px; white-space: pre; }
table.source-table td.ln, table.source-table td.hits { text-align: right; color: var(--muted); width: 1%; }
table.source-table td.brs { width: 1%; }
tr.cov-hit td.src, tr.cov-hit td.hits { background: var(--bg-pass); }
tr.cov-miss td.src, tr.cov-miss td.hits { background: var(--bg-fail); }
tr.cov-part td.src, tr.cov-part td.hits { background: var(--bg-warn); }
.br-part { color: var(--fail); font-weight: 600; } .br-both { color: var(--pass); } .br-filtered { color: var(--muted); }
.gate-fail { color: var(--fail); font-weight: 600; }
`;

export { STYLE };
