import type { PropertyResult } from "../run-summary.js";

/** One method's most frequent refusal: the precondition that stopped it most often. */
export interface LeadingRefusal {
  readonly method: string;
  readonly message: string;
  readonly count: number;
}

export interface Refusals {
  readonly steps: number;
  /** Steps that FAULTed (both sides agreed), whatever the message. */
  readonly refused: number;
  /** Per method its most frequent FAULT message, the largest first. */
  readonly leading: readonly LeadingRefusal[];
}

const OUTCOME = /^(.*) → FAULT (.*)$/;

/**
 * How much of a campaign was refused before it reached the logic under test (issue #15): from a
 * property's methods × outcomes counts, the steps that FAULTed and, per method (or perturbation
 * row), the message that refused it most often — in a run whose generators do not know the state,
 * that is the first precondition ("no active round"), and its share is the budget the run spent
 * on it. Steps include test invocations (getters), as the counts do.
 */
export function refusals(coverage: PropertyResult["coverage"]): Refusals {
  const entries = Object.entries(coverage ?? {});
  const byMethod = new Map<string, LeadingRefusal>();
  let refused = 0;
  for (const [label, count] of entries) {
    const m = OUTCOME.exec(label);
    if (!m) continue;
    refused += count;
    const [, method, message] = m as unknown as [string, string, string];
    const best = byMethod.get(method);
    if (!best || count > best.count) byMethod.set(method, { method, message, count });
  }
  const steps = entries.reduce((sum, [, count]) => sum + count, 0);
  return { steps, refused, leading: [...byMethod.values()].sort((a, b) => b.count - a.count || a.method.localeCompare(b.method)) };
}

/** `1,234 of 3,117 steps refused (39.6 %); most often: buyKeys "no active round" 65 (2.1 %), …` (top `top`). */
export function showRefusals(r: Refusals, top = 3): string {
  const pct = (n: number) => `${r.steps ? ((100 * n) / r.steps).toFixed(1) : "0.0"} %`;
  const lead = r.leading.slice(0, top).map((l) => `${l.method} "${l.message}" ${l.count.toLocaleString("en-US")} (${pct(l.count)})`);
  return `${r.refused.toLocaleString("en-US")} of ${r.steps.toLocaleString("en-US")} steps refused (${pct(r.refused)})${lead.length ? `; most often: ${lead.join(", ")}` : ""}`;
}
