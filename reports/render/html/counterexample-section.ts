import type { OutcomeView, PropertyResult, RunSummary } from "../../run-summary.js";
import { DIFFERENCE_LABEL, differenceSides } from "../step-outcome.js";
import { anchor, esc } from "./escape.js";
import { badge } from "./verdict-badge.js";

type Step = NonNullable<PropertyResult["counterexample"]>["steps"][number];

function side(o: OutcomeView): string {
  const notes = o.notifications.length ? `<br>${o.notifications.map((n) => `<code>${esc(n)}</code>`).join("<br>")}` : "";
  const gas = o.gasConsumed !== undefined ? ` <span class="meta">(${esc(o.gasConsumed)} datoshi)</span>` : "";
  return `<b>${o.state}</b> ${o.state === "FAULT" ? `"${esc(o.result)}"` : `→ <code>${esc(o.result)}</code>`}${gas}${notes}`;
}

function differences(st: Step): string {
  if (st.differences.length === 0) return "equal";
  return `<ul class="differences">${st.differences.map((d) =>
    `<li><span class="kind k-${d.kind}">${DIFFERENCE_LABEL[d.kind]}</span> <code>${esc(d.field)}</code>` +
    `${differenceSides(d).map((s, i) => `${i === 0 ? ":" : ","} ${s.side} <code>${esc(s.value)}</code>`).join("")}</li>`).join("")}</ul>`;
}

/** One failure: the call sequence as it ran, each step model vs chain, and the replay command. */
function counterexample(p: PropertyResult): string {
  const cx = p.counterexample;
  if (!cx) return "";
  // A lane-equivalence run shows three columns: the model, the engine lane (its chain) and neo-express.
  const judged = cx.steps.some((st) => st.neoExpress);
  const rows = cx.steps.map((st) =>
    `<tr class="step${st.differences.length ? " differs" : ""}"><td class="num">${st.index + 1}</td><td><code>${esc(st.call)}</code><br><span class="meta">t = ${esc(st.chain.time)}</span></td>` +
    `<td>${side(st.model)}</td><td>${side(st.chain)}</td>${judged ? `<td>${st.neoExpress ? side(st.neoExpress) : "—"}</td>` : ""}<td>${differences(st)}</td></tr>`);
  return `<article class="counterexample" id="${anchor("cx", p.app, p.property)}">
<h3>${esc(p.app)} · ${esc(p.property)} ${badge(p.verdict)} — ${esc(p.title)}</h3>
<p class="meta">seed <code>${cx.seed}</code> · path <code>${esc(cx.path)}</code> · reproduced on ${esc(cx.reproducedOn.join(", ") || "—")}${cx.savedAs ? ` · saved as <code>${esc(cx.savedAs)}</code>` : ""}</p>
<ol class="calls">${cx.commands.map((c) => `<li><code>${esc(c)}</code></li>`).join("")}</ol>
<table class="steps"><thead><tr><th class="num">#</th><th>Call</th><th>Model</th><th>${judged ? "Engine" : "Chain"}</th>${judged ? "<th>neo-express</th>" : ""}<th>Differences</th></tr></thead><tbody>
${rows.join("\n")}</tbody></table>
<p>Replay:</p><pre class="replay">${esc(cx.replay)}</pre></article>`;
}

/** Every failed or errored property; an error without a counterexample shows its message. */
function counterexampleSection(s: RunSummary): string {
  const bad = s.properties.filter((p) => p.verdict === "fail" || p.verdict === "error");
  if (bad.length === 0) return `<section id="failures"><h2>Failures</h2><p>None.</p></section>`;
  const body = bad.map((p) => p.counterexample ? counterexample(p)
    : `<article><h3>${esc(p.app)} · ${esc(p.property)} ${badge(p.verdict)}</h3><pre>${esc(p.error ?? "")}</pre></article>`);
  return `<section id="failures"><h2>Failures</h2>\n${body.join("\n")}</section>`;
}

export { counterexampleSection };
