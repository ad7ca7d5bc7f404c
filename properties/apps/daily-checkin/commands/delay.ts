import { type DifferentialRun, type FlexibleDelay, plainDelay } from "../../../harness/differential-run.js";
import { dayStart, delayTo, showDayBoundary, type DayBoundary } from "../../../patterns/time-boundary/boundary-delay.js";
import { dayIndex } from "../../../../simulator/bases/mini-app-base.js";
import { checkInState, type DailySequence } from "../sequence-model.js";

/**
 * When a DailyCheckin command's block comes: a plain delay after T_last, or a day boundary
 * relative to the user's LastDay L (DC-P4: `(L + 1)·DAY − 1`, `(L + 1)·DAY`, `(L + 2)·DAY − 1`,
 * `(L + 2)·DAY`); for a user without state, L is today's day index.
 */
export type Delay = { readonly kind: "ms"; readonly ms: bigint } | DayBoundary;

export function resolveDelay(m: DailySequence, r: DifferentialRun, user: string, d: Delay): bigint | FlexibleDelay {
  // A plain delay only lets time pass: what a command submits comes from the frontend at tinv
  // (README §5, a day boundary before the block makes it stale, compared like any fault) or is
  // built for its block's time (checkInAt). When sequences share blocks it may come up to a
  // minute later, or for a delay of half a day or more up to twice as long. DC-P4's boundaries
  // stay exact: they are the times the generator aims at.
  if (d.kind === "ms") return plainDelay(d.ms);
  const state = checkInState(m, r, user);
  const last = state.hasCheckedIn ? state.lastCheckinDay : dayIndex(m.time);
  return delayTo(m.time, dayStart(last + d.days, d.offset)).delay;
}

/** The last millisecond of the day of `t`: a check-in built for a day holds until then. */
export const endOfDay = (t: bigint): bigint => dayStart(dayIndex(t) + 1n) - 1n;

export const showDelay = (d: Delay): string => (d.kind === "ms" ? `+${d.ms}ms` : showDayBoundary(d, "L"));
