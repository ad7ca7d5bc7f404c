import type { RunSummary } from "../run-summary.js";
import { formatDuration } from "./format-duration.js";
import { counterexampleSection } from "./html/counterexample-section.js";
import { esc } from "./html/escape.js";
import { gasSection } from "./html/gas-section.js";
import { coverageSection } from "./html/coverage-section.js";
import { provenanceSection } from "./html/provenance-section.js";
import { STYLE } from "./html/style.js";
import { verdictSection } from "./html/verdict-section.js";
import { tally } from "./tally.js";

function errorsSection(s: RunSummary): string {
  if (s.errors.length === 0) return "";
  return `<section id="errors"><h2>Harness errors</h2><ul>${s.errors.map((e) => `<li><code>${esc(e.code)}</code> <pre>${esc(e.message)}</pre></li>`).join("")}</ul></section>`;
}

/**
 * The auditors' report: one self-contained HTML file (inline CSS and SVG, no script, no external
 * resource), readable offline and printable.
 */
function renderHtml(s: RunSummary): string {
  const t = tally(s);
  const verdictClass = t.outcome === "PASS" ? "pass" : "fail";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>miniapp-verify report: ${esc(t.outcome)}</title><style>${STYLE}</style></head>
<body>
<header><h1>miniapp-verify report <span class="badge outcome v-${verdictClass}" id="outcome">${esc(t.outcome)} (exit ${s.exitCode})</span></h1>
<p class="meta">${t.pass} passed · ${t.fail} failed · ${t.error} errors · ${t.skipped} skipped · ${t.gasRegressions} GAS regressions · ${esc(s.chain.userAgent)} on ${esc(s.lane)} · ${esc(s.startedAt)} · ${formatDuration(s.durationMs)}</p>
<nav><a href="#verdicts">Verdicts</a><a href="#failures">Failures</a><a href="#gas">GAS</a><a href="#coverage">Coverage</a><a href="#provenance">Contracts, tools and chain</a>${s.errors.length ? `<a href="#errors">Harness errors</a>` : ""}</nav></header>
<main>
${errorsSection(s)}
${verdictSection(s)}
${counterexampleSection(s)}
${gasSection(s)}
${coverageSection(s)}
${provenanceSection(s)}
</main></body></html>
`;
}

export { renderHtml };
