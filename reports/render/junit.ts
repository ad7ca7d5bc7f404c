import junitModule, { type Builder } from "junit-report-builder";
import type { GasPair, PropertyResult, RunSummary } from "../run-summary.js";
import { formatGas } from "./format-gas.js";
import { DIFFERENCE_LABEL, differenceSides, stepOutcome } from "./step-outcome.js";

// The package's typings declare an ES default export, but its CommonJS entry assigns the builder
// to module.exports, which is what Node's default import yields.
const junit = junitModule as unknown as Builder;
type Suite = ReturnType<Builder["testSuite"]>;

/** The failure text a CI system shows: the call sequence, the first difference, the replay line. */
function failureText(p: PropertyResult): string {
  const cx = p.counterexample;
  if (!cx) return p.error ?? "failed";
  const lines = cx.steps.map((st) => `${st.index + 1}. ${st.call}: model ${stepOutcome(st.model)}, chain ${stepOutcome(st.chain)}` +
    st.differences.map((d) => `\n   ${DIFFERENCE_LABEL[d.kind]} ${d.field}: ${differenceSides(d).map((s) => `${s.side} ${s.value}`).join(", ") || "—"}`).join(""));
  return [`seed ${cx.seed}, path ${cx.path}`, ...lines, `replay: ${cx.replay}`].join("\n");
}

function addProperty(suite: Suite, p: PropertyResult): void {
  const tc = suite.testCase().className(`miniapp-verify.${p.app}`).name(`${p.property} ${p.title}`).time(p.durationMs / 1000);
  tc.property("seed", String(p.seed));
  if (p.verdict === "fail") tc.failure(p.counterexample ? `counterexample of ${p.counterexample.steps.length} steps` : (p.error ?? "failed"), "PropertyFailed").stacktrace(failureText(p));
  if (p.verdict === "error") tc.error(p.error ?? "error", "HarnessError");
  if (p.verdict === "skipped") tc.skipped().standardOutput(p.error ?? "skipped");
}

function addGas(suite: Suite, g: GasPair): void {
  const tc = suite.testCase().className(`miniapp-verify.${g.app}.gas`).name(`${g.hybrid} vs ${g.deprecated}`);
  if (g.verdict === "regression") {
    const diff = g.snapshotDiff.map((d) => `${d.key}: ${d.old === null ? "(new)" : formatGas(d.old)} → ${formatGas(d.new)} GAS`).join("\n");
    tc.failure(`GAS regression of ${g.hybrid}/${g.deprecated}`, "GasRegression").stacktrace(diff);
  }
}

/**
 * JUnit XML for CI systems: one suite per app (its properties and GAS pairs), and a suite
 * `harness` whose errors make the run red even when no property ran.
 */
function renderJunit(s: RunSummary): string {
  const builder = junit.newBuilder().name("miniapp-verify");
  const apps = [...new Set([...s.properties.map((p) => p.app), ...s.gas.map((g) => g.app)])];
  for (const app of apps) {
    const suite = builder.testSuite().name(app);
    s.properties.filter((p) => p.app === app).forEach((p) => addProperty(suite, p));
    s.gas.filter((g) => g.app === app).forEach((g) => addGas(suite, g));
  }
  if (s.errors.length) {
    const suite = builder.testSuite().name("harness");
    for (const e of s.errors) suite.testCase().className("miniapp-verify.harness").name(e.code).error(e.message, e.code);
  }
  return builder.build();
}

export { renderJunit };
