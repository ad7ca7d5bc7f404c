import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { Difference } from "../../reports/run-summary.js";
import { showNotification } from "./outcome-diff.js";
import { listDiff, stackDiff } from "./stack-diff.js";

/**
 * The differences between the engine lane's and neo-express's outcome of one transaction or
 * read. Stricter than the model comparison (outcomeDiff), because both lanes run the same Neo:
 * the exact exception text, GAS consumed, Runtime.Time, every stack item with its exact type
 * (Struct ≠ Array) and every notification, natives' included. Empty when identical.
 */
export function laneDiff(engine: Outcome, neoExpress: Outcome): Difference[] {
  const out: Difference[] = [];
  const value = (field: string, e: unknown, n: unknown) => {
    if (String(e) !== String(n)) out.push({ kind: "lane-mismatch", field, engine: String(e), chain: String(n) });
  };
  value("state", engine.state, neoExpress.state);
  value("gasConsumed", engine.gasConsumed, neoExpress.gasConsumed);
  value("time", engine.time, neoExpress.time);
  if (engine.state === "FAULT" && neoExpress.state === "FAULT") value("exception", engine.exception, neoExpress.exception);
  if (engine.state === "HALT" && neoExpress.state === "HALT") {
    out.push(...asLane(listDiff("stack", engine.stack, neoExpress.stack, (f, e, n) => stackDiff(f, e, n, true))));
    out.push(...asLane(listDiff("notifications", engine.notifications, neoExpress.notifications, (f, e, n) =>
      e.contract !== n.contract || e.eventName !== n.eventName
        ? [{ kind: "value-mismatch", field: f, model: showNotification(e), chain: showNotification(n) }]
        : listDiff(`${f}.args`, e.args, n.args, (g, x, y) => stackDiff(g, x, y, true)), showNotification)));
  }
  return out;
}

/** Model/chain differences computed with the engine in the model's place, as lane mismatches. */
export function asLane(differences: readonly Difference[]): Difference[] {
  return differences.map((d) => ({
    kind: "lane-mismatch",
    field: d.kind === "value-mismatch" ? d.field : `${d.field} (${d.kind === "missing-on-chain" ? "only on the engine" : "only on neo-express"})`,
    ...(d.model !== undefined ? { engine: d.model } : {}),
    ...(d.chain !== undefined ? { chain: d.chain } : {}),
  }));
}
