import type { CoverageView, FileView } from "../../../contract-coverage/coverage-view.js";
import type { RunSummary } from "../../run-summary.js";
import { coverageViews, showBranches, showRatio, unreachedMessages } from "../coverage-table.js";
import { anchor, esc } from "./escape.js";
import { refusals, showRefusals } from "../refusals.js";

/** `[taken/not taken]` for each conditional jump of a line, a missed direction marked; a filtered (synthetic) jump as `(+−)`, greyed. */
function branchMarks(f: FileView, line: number): string {
  return (f.branches.get(line) ?? []).map((b) => {
    const marks = `${b.taken > 0 ? "+" : "−"}${b.notTaken > 0 ? "+" : "−"}`;
    if (b.filtered !== undefined) return `<span class="br br-filtered" title="jump at ${b.ip}, filtered: ${esc(b.filtered)}; taken ${b.taken}, not taken ${b.notTaken}">(${marks})</span>`;
    return `<span class="br ${b.taken > 0 && b.notTaken > 0 ? "br-both" : "br-part"}" title="jump at ${b.ip}: taken ${b.taken}, not taken ${b.notTaken}">[${marks}]</span>`;
  }).join("");
}

/** The filtered jumps of a contract: where, why, and how often each direction ran. */
function filteredList(v: CoverageView): string {
  if (v.filtered.length === 0) return "";
  const rows = v.filtered.map((b) => `<tr><td class="num">${b.ip}</td><td>${b.path !== undefined ? `<code>${esc(b.path)}:${b.line}</code>` : ""}</td><td>${esc(b.filtered)}</td><td class="num">${b.taken}</td><td class="num">${b.notTaken}</td></tr>`).join("\n");
  return `<details><summary>Filtered: ${v.filtered.length} synthetic jumps (no C# condition spells them; shown <code>(+−)</code> in the source)</summary><table><thead><tr><th class="num">Offset</th><th>Line</th><th>Why</th><th class="num">Taken</th><th class="num">Not taken</th></tr></thead><tbody>
${rows}</tbody></table></details>`;
}

/**
 * One source file as genhtml shows it: every line with its hit count; lines with code that never
 * ran marked, lines that ran tinted, each conditional jump's two directions as `[++]`/`[+−]`.
 */
function sourceView(v: CoverageView, f: FileView): string {
  const text = f.text ? f.text.split("\n") : [...f.lines.keys()].map(() => "");
  const count = f.lines.size;
  const hit = [...f.lines.values()].filter((n) => n > 0).length;
  const rows = text.map((src, i) => {
    const line = i + 1;
    const n = f.lines.get(line);
    const cls = n === undefined ? "" : n > 0 ? (f.branches.get(line)?.some((b) => b.filtered === undefined && (b.taken === 0 || b.notTaken === 0)) ? "cov-part" : "cov-hit") : "cov-miss";
    return `<tr class="${cls}"><td class="ln">${line}</td><td class="hits">${n ?? ""}</td><td class="brs">${branchMarks(f, line)}</td><td class="src">${esc(src) || " "}</td></tr>`;
  }).join("\n");
  return `<details class="source" id="${anchor("src", v.contract, f.path)}"><summary><code>${esc(f.path)}</code> — lines ${hit}/${count}</summary>
<table class="source-table"><tbody>
${rows}
</tbody></table></details>`;
}

function contract(v: CoverageView): string {
  const methods = v.methods.map((m) => `<tr><td><code>${esc(m.name)}</code></td><td class="num">${showRatio(m.lines)}</td><td class="num">${showRatio(m.branches)}</td><td class="num">${showRatio(m.instructions)}</td></tr>`).join("\n");
  const unreached = unreachedMessages(v);
  return `<div class="coverage-contract" id="${anchor("coverage", v.contract)}"><h3>${esc(v.contract)} <span class="meta">NEF checksum ${v.nefChecksum}${v.source === "instructions" ? " · no debug info: by method and instruction" : ""}</span></h3>
<p>Lines ${showRatio(v.lines)} · branches ${esc(showBranches(v))} · instructions ${showRatio(v.instructions)}</p>
${unreached.length ? `<p>Thrown messages never reached:</p><ul class="unreached">${unreached.map((m) => `<li><code>${esc(m.message)}</code> <span class="meta">${esc(m.path)}:${m.line}</span></li>`).join("")}</ul>` : ""}
${filteredList(v)}
<details><summary>Methods</summary><table><thead><tr><th>Method</th><th class="num">Lines</th><th class="num">Branches</th><th class="num">Instructions</th></tr></thead><tbody>
${methods}</tbody></table></details>
${v.files.filter((f) => f.lines.size > 0).map((f) => sourceView(v, f)).join("\n")}</div>`;
}

/** What each property's steps did, as the runner counted it: `method → HALT` / `→ FAULT message` with counts. */
function outcomes(s: RunSummary): string {
  const props = s.properties.filter((p) => p.coverage && Object.keys(p.coverage).length > 0);
  if (props.length === 0) return "";
  const table = (c: Record<string, number>) => Object.entries(c).map(([key, n]) => {
    const [what, ended] = key.split(" → ");
    return `<tr><td><code>${esc(what ?? key)}</code></td><td>${esc(ended ?? "")}</td><td class="num">${n}</td></tr>`;
  }).join("\n");
  return `<h3 id="methods-outcomes">Methods × outcomes</h3>\n${props.map((p) => `<details><summary>${esc(p.app)} ${esc(p.property)}: ${Object.keys(p.coverage!).length} outcomes in ${p.steps} steps; ${esc(showRefusals(refusals(p.coverage)))}</summary>
<table><thead><tr><th>Method or perturbation row</th><th>Outcome</th><th class="num">Steps</th></tr></thead><tbody>
${table(p.coverage!)}</tbody></table></details>`).join("\n")}`;
}

/** Contract coverage: per contract the ratios, unreached messages, methods and the sources with hit counts. */
function coverageSection(s: RunSummary): string {
  const views = coverageViews(s);
  if (views.length === 0) return `<section id="coverage"><h2>Contract coverage</h2><p>Not collected in this run (it is counted on the engine lane and the lane-equivalence properties).</p>${outcomes(s)}</section>`;
  const gate = s.coverageGate;
  const gateLine = gate ? `<div class="${gate.below.length ? "gate-fail" : "gate-pass"}">Coverage gate, branches ≥ ${gate.minBranchPercent} %: ${gate.below.length ? `failed<ul>${gate.below.map((b) => `<li>${esc(b)}</li>`).join("")}</ul>` : "passed"}</div>` : "";
  return `<section id="coverage"><h2>Contract coverage</h2>${gateLine}\n${views.map(contract).join("\n")}\n${outcomes(s)}</section>`;
}

export { coverageSection };
