import type { Outcome, Notification } from "../../simulator/runtime/outcome.js";
import { showStackItem } from "../../simulator/runtime/stack-item.js";
import type { Difference } from "../../reports/run-summary.js";
import { listDiff, stackDiff } from "./stack-diff.js";
import { observedNotifications } from "./observed-notifications.js";

/**
 * The differences between the model's and the chain's outcome of one call, in the order of spec
 * README §10: G1 state and return value, G2 fault message, G3 notifications. Empty when equal.
 * A fault without a thrown message (VM or native faults) is compared by VM state only (G2).
 */
export function outcomeDiff(model: Outcome, chain: Outcome): Difference[] {
  if (model.state !== chain.state) {
    return [{ kind: "value-mismatch", field: "state", model: describe(model), chain: describe(chain) }];
  }
  if (model.state === "FAULT" && chain.state === "FAULT") {
    if (model.message === chain.message) return [];
    return [{ kind: "value-mismatch", field: "message", model: model.message ?? "(no thrown message)", chain: chain.message ?? chain.exception }];
  }
  if (model.state !== "HALT" || chain.state !== "HALT") return [];
  return [
    ...listDiff("stack", model.stack, chain.stack, (f, m, c) => stackDiff(f, m, c)),
    ...listDiff("notifications", observedNotifications(model.notifications), observedNotifications(chain.notifications), notificationDiff, showNotification),
  ];
}

function notificationDiff(field: string, model: Notification, chain: Notification): Difference[] {
  if (model.contract !== chain.contract || model.eventName !== chain.eventName) {
    return [{ kind: "value-mismatch", field, model: showNotification(model), chain: showNotification(chain) }];
  }
  return listDiff(`${field}.args`, model.args, chain.args, (f, m, c) => stackDiff(f, m, c));
}

export function showNotification(n: Notification): string {
  return `${n.eventName}(${n.args.map(showStackItem).join(", ")}) @${n.contract}`;
}

export function describe(o: Outcome): string {
  return o.state === "HALT" ? `HALT ${o.stack.map(showStackItem).join(", ")}` : `FAULT ${o.message ?? o.exception}`;
}
