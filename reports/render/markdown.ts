import type { GasPair, PropertyResult, RunSummary } from "../run-summary.js";
import { formatDuration } from "./format-duration.js";
import { formatGas } from "./format-gas.js";
import { DIFFERENCE_LABEL, differenceSides, stepOutcome } from "./step-outcome.js";
import { tally } from "./tally.js";

const ICON = { pass: "✅ pass", fail: "❌ fail", error: "💥 error", skipped: "⏭️ skipped", regression: "❌ regression", new: "🆕 new" } as const;

/** Table cells may not hold `|` or line breaks (GitHub ends the cell there). */
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const code = (s: string) => `\`${s.replace(/`/g, "ˋ")}\``;

function header(s: RunSummary): string[] {
  const t = tally(s);
  const shard = s.shard ? `, shard ${s.shard.index}/${s.shard.count}` : "";
  return [
    `## miniapp-verify: ${t.outcome} (exit ${s.exitCode})`,
    "",
    `${t.pass} passed · ${t.fail} failed · ${t.error} errors · ${t.skipped} skipped · ${t.gasRegressions} GAS regressions` +
      ` — lane ${s.lane}, ${s.chain.userAgent}, ${formatDuration(s.durationMs)}${shard}`,
  ];
}

function verdictTable(props: readonly PropertyResult[]): string[] {
  if (props.length === 0) return [];
  return [
    "",
    "| App | Property | Verdict | Seed | Runs | Steps | Time |",
    "| --- | --- | --- | ---: | ---: | ---: | ---: |",
    ...props.map((p) => `| ${cell(p.app)} | ${cell(`${p.property} ${p.title}`)} | ${ICON[p.verdict]} | ${p.seed} | ${p.numRuns} | ${p.steps} | ${formatDuration(p.durationMs)} |`),
  ];
}

function failure(p: PropertyResult): string[] {
  const out = ["", `### ${ICON[p.verdict]}: ${p.app} ${p.property} — ${p.title}`];
  if (p.error) out.push("", `> ${cell(p.error)}`);
  const cx = p.counterexample;
  if (!cx) return out;
  out.push("", `Seed ${code(String(cx.seed))}, path ${code(cx.path)}, reproduced on ${cx.reproducedOn.join(", ") || "—"}${cx.savedAs ? `, saved as ${code(cx.savedAs)}` : ""}.`, "");
  for (const st of cx.steps) {
    const same = st.differences.length === 0;
    out.push(`${st.index + 1}. ${code(st.call)} — ${same ? `both ${stepOutcome(st.chain)}` : `model ${stepOutcome(st.model)}, chain ${stepOutcome(st.chain)}`}${st.neoExpress ? `; neo-express ${stepOutcome(st.neoExpress)}` : ""}`);
    for (const d of st.differences) {
      const vals = differenceSides(d).map((s) => `${s.side} ${code(s.value)}`).join(", ");
      out.push(`   - ${DIFFERENCE_LABEL[d.kind]} ${code(d.field)}${vals ? `: ${vals}` : ""}`);
    }
  }
  out.push("", "Replay:", "", "```sh", cx.replay, "```");
  return out;
}

function gasTable(gas: readonly GasPair[]): string[] {
  if (gas.length === 0) return [];
  const last = (pts: GasPair["hybridSeries"]) => pts[pts.length - 1];
  const rows = gas.map((g) => {
    const h = last(g.hybridSeries);
    const d = last(g.deprecatedSeries);
    const n = h?.n ?? d?.n;
    return `| ${cell(g.app)} | ${code(g.hybrid)} | ${code(g.deprecated)} | ${cell(g.nMeans)} = ${n ?? "—"} | ${h ? formatGas(h.total) : "—"} | ${d ? formatGas(d.total) : "—"} | ${g.hybridFit.class} / ${g.deprecatedFit.class} | ${ICON[g.verdict]} |`;
  });
  const diffs = gas.flatMap((g) => g.snapshotDiff.map((x) => `- ${code(`${g.app}: ${x.key}`)}: ${x.old ?? "(new)"} → ${x.new}`));
  return [
    "",
    "### GAS (hybrid vs deprecated, at the largest n)",
    "",
    "| App | Hybrid | Deprecated | n | Hybrid GAS | Deprecated GAS | Fit | Verdict |",
    "| --- | --- | --- | --- | ---: | ---: | --- | --- |",
    ...rows,
    ...baselineNotes(gas),
    ...(diffs.length ? ["", "Snapshot changes (datoshi):", "", ...diffs] : []),
  ];
}

/** GitHub refuses comments over 65,536 characters; failures past this budget are only counted. */
const COMMENT_BUDGET = 60_000;

/** Per app, what its GAS figures were compared with, or why nothing was (then no regression is claimed). */
function baselineNotes(gas: readonly GasPair[]): string[] {
  const notes = [...new Map(gas.filter((g) => g.baseline).map((g) => [g.app, g.baseline!])).entries()];
  return notes.length ? ["", ...notes.map(([app, b]) => `- ${cell(app)}: ${cell(b)}`)] : [];
}

/** A report that fits a PR comment: verdicts, each failure with its replay, GAS, harness errors. */
function renderMarkdown(s: RunSummary): string {
  const errors = s.errors.length ? ["", "### Harness errors", "", ...s.errors.map((e) => `- ${code(e.code)}: ${cell(e.message)}`)] : [];
  const fixed = [...header(s), ...verdictTable(s.properties), ...gasTable(s.gas), ...errors].join("\n").length;
  const failures: string[] = [];
  let used = fixed;
  let left = 0;
  for (const p of s.properties.filter((x) => x.verdict === "fail" || x.verdict === "error")) {
    const block = failure(p);
    const size = block.join("\n").length;
    if (used + size > COMMENT_BUDGET) {
      left++;
    } else {
      failures.push(...block);
      used += size;
    }
  }
  const more = left ? ["", `…and ${left} more failure${left > 1 ? "s" : ""}: see the HTML report or run.json.`] : [];
  return [...header(s), ...verdictTable(s.properties), ...failures, ...more, ...gasTable(s.gas), ...errors, ""].join("\n");
}

export { renderMarkdown };
