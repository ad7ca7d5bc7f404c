import type { RunSummary } from "../../run-summary.js";
import { formatDuration } from "../format-duration.js";
import { anchor, esc } from "./escape.js";
import { badge } from "./verdict-badge.js";

/** Per app and property: the verdict, the seed that reproduces it, and how much ran. */
function verdictSection(s: RunSummary): string {
  const rows = s.properties.map((p) => {
    const link = p.counterexample ? `<a href="#${anchor("cx", p.app, p.property)}">counterexample</a>` : esc(p.error ?? "");
    return `<tr data-verdict="${esc(p.verdict)}"><td>${esc(p.app)}</td><td><b>${esc(p.property)}</b> ${esc(p.title)}</td><td>${esc(p.pattern ?? "")}</td>` +
      `<td>${badge(p.verdict)}</td><td class="num mono">${p.seed}</td><td class="num">${p.numRuns}</td><td class="num">${p.steps}</td>` +
      `<td class="num">${formatDuration(p.durationMs)}</td><td>${link}</td></tr>`;
  });
  return `<section id="verdicts"><h2>Verdicts</h2>
<table class="verdicts"><thead><tr><th>App</th><th>Property</th><th>Pattern</th><th>Verdict</th><th class="num">Seed</th><th class="num">Runs</th><th class="num">Steps</th><th class="num">Time</th><th>Details</th></tr></thead>
<tbody>${rows.join("\n") || `<tr><td colspan="9">No property ran.</td></tr>`}</tbody></table></section>`;
}

export { verdictSection };
