import type { Outcome } from "../../simulator/runtime/outcome.js";
import { showStackItem } from "../../simulator/runtime/stack-item.js";
import type { Difference, OutcomeView } from "../../reports/run-summary.js";
import { showNotification } from "./outcome-diff.js";
import { observedNotifications } from "./observed-notifications.js";

/** One executed step of a sequence, both sides side by side: what a counterexample shows. */
export interface StepRecord {
  readonly index: number;
  readonly call: string;
  readonly model: Outcome;
  readonly chain: Outcome;
  /** With a judge (lane equivalence): neo-express's outcome; `chain` is then the engine lane's. */
  readonly neoExpress?: Outcome;
  readonly differences: readonly Difference[];
}

export function outcomeView(o: Outcome): OutcomeView {
  return {
    state: o.state,
    result: o.state === "HALT" ? o.stack.map(showStackItem).join(", ") : o.message ?? o.exception,
    notifications: o.state === "HALT" ? observedNotifications(o.notifications).map(showNotification) : [],
    ...(o.gasConsumed === undefined ? {} : { gasConsumed: o.gasConsumed.toString() }),
    time: o.time.toString(),
  };
}
