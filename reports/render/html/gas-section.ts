import type { GasPair, RunSummary } from "../../run-summary.js";
import { formatGas } from "../format-gas.js";
import { anchor, esc } from "./escape.js";
import { gasChart } from "./gas-chart.js";
import { badge } from "./verdict-badge.js";

function seriesTable(g: GasPair): string {
  const ns = [...new Set([...g.hybridSeries, ...g.deprecatedSeries].map((p) => p.n))].sort((a, b) => a - b);
  const at = (pts: GasPair["hybridSeries"], n: number) => pts.find((p) => p.n === n);
  const cells = (p: GasPair["hybridSeries"][number] | undefined) =>
    p ? `<td class="num">${formatGas(p.total)}</td><td class="num">${formatGas(p.method)}</td>` : `<td></td><td></td>`;
  return `<table class="gas-series"><thead><tr><th class="num">n</th><th class="num">${esc(g.hybrid)} total</th><th class="num">method</th><th class="num">${esc(g.deprecated)} total</th><th class="num">method</th></tr></thead><tbody>
${ns.map((n) => `<tr><td class="num">${n}</td>${cells(at(g.hybridSeries, n))}${cells(at(g.deprecatedSeries, n))}</tr>`).join("\n")}</tbody></table>`;
}

function pair(g: GasPair): string {
  const fit = (f: GasPair["hybridFit"]) => `${f.class}: ${formatGas(f.intercept)} + ${formatGas(f.slopePerN)}·n GAS`;
  // As the Markdown (and `forge snapshot --diff`): only the points that changed, and how many did not.
  const changed = g.snapshotDiff.filter((d) => d.old !== d.new);
  const same = g.snapshotDiff.length - changed.length;
  const unchanged = same ? `${same} point${same > 1 ? "s" : ""} unchanged` : "";
  const diff = changed.length
    ? `<p>Snapshot changes (datoshi)${unchanged ? `; ${unchanged}` : ""}:</p><ul>${changed.map((d) => `<li><code>${esc(d.key)}</code>: ${esc(d.old ?? "(new)")} → ${esc(d.new)}</li>`).join("")}</ul>`
    : same ? `<p>GAS snapshot: ${unchanged.replace(" unchanged", "")}, all unchanged.</p>` : "";
  return `<div class="pair" id="${anchor("gas", g.app, g.hybrid)}"><h3>${esc(g.app)}: <code>${esc(g.hybrid)}</code> vs <code>${esc(g.deprecated)}</code> ${badge(g.verdict)}</h3>
<p class="meta">n = ${esc(g.nMeans)} · hybrid ${esc(fit(g.hybridFit))} · deprecated ${esc(fit(g.deprecatedFit))}${g.ratioAt100 ? ` · ratio at n = 100: ${esc(g.ratioAt100)}` : ""} · break-even n: ${g.breakEvenN ?? "none"}${g.limitNote ? ` · ${esc(g.limitNote)}` : ""}</p>${g.baseline ? `
<p class="meta">${esc(g.baseline)}</p>` : ""}
<div class="chart">${gasChart(g, anchor("chart", g.app, g.hybrid))}</div>
${seriesTable(g)}${diff}</div>`;
}

/** GAS tables and a chart of GAS over n for each hybrid/deprecated pair (README G10). */
function gasSection(s: RunSummary): string {
  return `<section id="gas"><h2>GAS: hybrid vs deprecated</h2>\n${s.gas.map(pair).join("\n") || "<p>No GAS series in this run.</p>"}</section>`;
}

export { gasSection };
