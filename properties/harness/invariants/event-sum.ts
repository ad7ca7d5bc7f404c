import type { Outcome } from "../../../simulator/runtime/outcome.js";

/**
 * Σ of one event's Integer argument (by position) over a step's notifications: what a chain-alone
 * invariant adds up step by step (payouts, matches). A FAULTed step contributes nothing.
 */
export function eventSum(outcome: Outcome, event: string, arg: number): bigint {
  if (outcome.state !== "HALT") return 0n;
  return outcome.notifications.filter((n) => n.eventName === event).reduce((a, n) => {
    const v = n.args[arg];
    return a + (v?.type === "Integer" ? v.value : 0n);
  }, 0n);
}
