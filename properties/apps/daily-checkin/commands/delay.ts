import type { DifferentialRun } from "../../../harness/differential-run.js";
import { dayStart, delayTo, showDayBoundary, type DayBoundary } from "../../../patterns/time-boundary/boundary-delay.js";
import { dayIndex } from "../../../../simulator/bases/mini-app-base.js";
import { checkInState, type DailySequence } from "../sequence-model.js";

/**
 * When a DailyCheckin command's block comes: a plain delay after T_last, or a day boundary
 * relative to the user's LastDay L (DC-P4: `(L + 1)·DAY − 1`, `(L + 1)·DAY`, `(L + 2)·DAY − 1`,
 * `(L + 2)·DAY`); for a user without state, L is today's day index.
 */
export type Delay = { readonly kind: "ms"; readonly ms: bigint } | DayBoundary;

export function resolveDelay(m: DailySequence, r: DifferentialRun, user: string, d: Delay): bigint {
  if (d.kind === "ms") return d.ms;
  const state = checkInState(m, r, user);
  const last = state.hasCheckedIn ? state.lastCheckinDay : dayIndex(m.time);
  return delayTo(m.time, dayStart(last + d.days, d.offset)).delay;
}

export const showDelay = (d: Delay): string => (d.kind === "ms" ? `+${d.ms}ms` : showDayBoundary(d, "L"));
