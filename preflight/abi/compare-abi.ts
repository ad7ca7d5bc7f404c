import type { ManifestAbi } from "./manifest-abi.js";
import type { AbiParameter, SpecAbi } from "./spec-abi.js";

type AbiProblemKind =
  | "missing-method" | "unexpected-method" | "parameter-count" | "parameter-type" | "return-type" | "safe-flag"
  | "missing-event" | "unexpected-event" | "event-parameters";

interface AbiProblem {
  readonly kind: AbiProblemKind;
  /** The method or event concerned. */
  readonly name: string;
  readonly message: string;
}

const sig = (ps: readonly { name: string; type: string }[]) => `(${ps.map((p) => `${p.name} ${p.type}`).join(", ")})`;

/**
 * Every difference between a manifest's ABI and the spec's, in the spec's order: methods by name
 * (and parameter count, as Neo identifies them), then events. Method parameter names are not
 * compared (a call passes values by position); event parameter names are, as README §9 fixes them.
 */
function compareAbi(manifest: ManifestAbi, spec: SpecAbi): AbiProblem[] {
  const problems: AbiProblem[] = [];
  const add = (kind: AbiProblemKind, name: string, message: string) => problems.push({ kind, name, message });
  const methods = manifest.abi.methods;
  const specNames = new Set(spec.methods.map((m) => m.name));
  for (const s of spec.methods) {
    const same = methods.filter((m) => m.name === s.name);
    const m = same.find((x) => x.parameters.length === s.parameters.length) ?? same[0];
    if (!m) {
      add("missing-method", s.name, `missing method ${s.name}${sig(s.parameters)} → ${s.returntype} (${s.from})`);
      continue;
    }
    if (m.parameters.length !== s.parameters.length) {
      add("parameter-count", s.name, `${s.name} has ${m.parameters.length} parameters ${sig(m.parameters)}, the spec ${s.parameters.length} ${sig(s.parameters)}`);
    } else {
      s.parameters.forEach((p: AbiParameter, i) => {
        const got = m.parameters[i]!;
        if (got.type !== p.type) add("parameter-type", s.name, `${s.name} parameter ${i + 1} (${p.name}) is ${got.type}, the spec says ${p.type}`);
      });
    }
    if (m.returntype !== s.returntype) add("return-type", s.name, `${s.name} returns ${m.returntype}, the spec says ${s.returntype}`);
    if (m.safe !== s.safe) add("safe-flag", s.name, `${s.name} is ${m.safe ? "" : "not "}marked safe, the spec says ${s.safe ? "safe" : "not safe"}`);
  }
  for (const m of methods) {
    if (!specNames.has(m.name)) add("unexpected-method", m.name, `method ${m.name}${sig(m.parameters)} is not in the spec's ABI`);
  }
  const events = manifest.abi.events;
  for (const s of spec.events) {
    const e = events.find((x) => x.name === s.name);
    if (!e) add("missing-event", s.name, `missing event ${s.name}${sig(s.parameters)} (${s.from})`);
    else if (sig(e.parameters) !== sig(s.parameters)) add("event-parameters", s.name, `event ${s.name}${sig(e.parameters)}, the spec says ${s.name}${sig(s.parameters)}`);
  }
  const specEvents = new Set(spec.events.map((e) => e.name));
  for (const e of events) {
    if (!specEvents.has(e.name)) add("unexpected-event", e.name, `event ${e.name}${sig(e.parameters)} is not in the spec`);
  }
  return problems;
}

export { compareAbi };
export type { AbiProblem, AbiProblemKind };
