import type { GasPair, PropertyResult, RunSummary } from "../run-summary.js";
import { formatDuration } from "./format-duration.js";
import { formatGas } from "./format-gas.js";
import { DIFFERENCE_LABEL, differenceSides, stepOutcome } from "./step-outcome.js";
import { tally } from "./tally.js";
import { coverageViews, showBranches, showRatio, unreachedMessages } from "./coverage-table.js";
import { refusals, showRefusals } from "./refusals.js";

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
  // As `forge snapshot --diff`: only the points that changed, and how many did not.
  const changed = gas.flatMap((g) => g.snapshotDiff.filter((x) => x.old !== x.new).map((x) => ({ app: g.app, ...x })));
  const same = gas.reduce((n, g) => n + g.snapshotDiff.filter((x) => x.old === x.new).length, 0);
  const diffs = changed.map((x) => `- ${code(`${x.app}: ${x.key}`)}: ${x.old ?? "(new)"} → ${x.new}${x.old ? ` (${signedPercent(BigInt(x.old), BigInt(x.new))})` : ""}`);
  return [
    "",
    "### GAS (hybrid vs deprecated, at the largest n)",
    "",
    "| App | Hybrid | Deprecated | n | Hybrid GAS | Deprecated GAS | Fit | Verdict |",
    "| --- | --- | --- | --- | ---: | ---: | --- | --- |",
    ...rows,
    ...baselineNotes(gas),
    ...(diffs.length ? ["", `Snapshot changes (datoshi)${same ? `; ${same} point${same > 1 ? "s" : ""} unchanged` : ""}:`, "", ...diffs] : same ? ["", `GAS snapshot: ${same} point${same > 1 ? "s" : ""}, all unchanged.`] : []),
  ];
}

function coverageTable(s: RunSummary): string[] {
  const views = coverageViews(s);
  if (views.length === 0) return refusalLines(s);
  const gate = s.coverageGate;
  const rows = views.map((v) => `| ${cell(v.contract)} | ${showRatio(v.lines)} | ${showBranches(v)} | ${showRatio(v.instructions)} | ${v.messages.length ? `${new Set(v.messages.filter((m) => m.hits > 0).map((m) => m.message)).size}/${new Set(v.messages.map((m) => m.message)).size}` : "—"} |`);
  const unreached = views.flatMap((v) => unreachedMessages(v).map((m) => `- ${cell(v.contract)}: ${code(m.message)} (${cell(m.path)}:${m.line})`));
  return [
    "",
    "### Contract coverage (engine lane)",
    "",
    "| Contract | Lines | Branches (synthetic jumps filtered; raw) | Instructions | Messages thrown |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows,
    ...(gate ? ["", gate.below.length ? `Coverage gate (branches ≥ ${gate.minBranchPercent} %) failed:` : `Coverage gate: every contract has branch coverage ≥ ${gate.minBranchPercent} %.`, ...gate.below.map((b) => `- ${cell(b)}`)] : []),
    ...(unreached.length ? ["", "Thrown messages never reached:", "", ...unreached] : []),
    ...refusalLines(s),
  ];
}

/** Per property that recorded outcomes: how much of its budget its methods' preconditions refused. */
function refusalLines(s: RunSummary): string[] {
  const lines = s.properties.filter((p) => p.coverage && Object.keys(p.coverage).length).map((p) => `- ${cell(p.app)}/${cell(p.property)}: ${cell(showRefusals(refusals(p.coverage)))}`);
  return lines.length ? ["", "Steps refused by a precondition (FAULT), and each method's most frequent refusal:", "", ...lines] : [];
}

/** `+2.15 %`: the change from `old` to `new`, two decimals. */
function signedPercent(old: bigint, now: bigint): string {
  if (old === 0n) return "new";
  const bp = Number(((now - old) * 10_000n) / old) / 100;
  return `${bp >= 0 ? "+" : ""}${bp.toFixed(2)} %`;
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
  const fixed = [...header(s), ...verdictTable(s.properties), ...gasTable(s.gas), ...coverageTable(s), ...errors].join("\n").length;
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
  return [...header(s), ...verdictTable(s.properties), ...failures, ...more, ...gasTable(s.gas), ...coverageTable(s), ...errors, ""].join("\n");
}

export { renderMarkdown };
