import { DAY } from "../../../simulator/bases/mini-app-base.js";

/** MS_PER_BLOCK (platform.md §6): a test invocation runs at tinv = T_last + 15,000 (README §5). */
export const MS_PER_BLOCK = 15_000n;

/**
 * Time boundaries of README §5, for every app: the delay after T_last that puts a block exactly
 * at `target` (a boundary B or its pair B − 1, B + 1). A target no later than T_last can no
 * longer be hit; the block then comes 1 ms later (README §5: a planned boundary that is not
 * greater than T_last is regenerated, never reported), and `hit` says so.
 */
export function delayTo(tLast: bigint, target: bigint): { readonly delay: bigint; readonly hit: boolean } {
  const delay = target - tLast;
  return delay >= 1n ? { delay, hit: true } : { delay: 1n, hit: false };
}

/** The first millisecond of day `day` (a multiple of DAY, README §5) plus `offset`: `day × DAY + offset`. */
export const dayStart = (day: bigint, offset = 0n): bigint => day * DAY + offset;

/**
 * A block time named relative to a day boundary: `days` days after a reference day, at its first
 * millisecond plus `offset` (−1: the last millisecond of the day before). The app decides the
 * reference day (DailyCheckin: the user's LastDay).
 */
export interface DayBoundary {
  readonly kind: "day";
  readonly days: bigint;
  readonly offset: bigint;
}

export const showDayBoundary = (b: DayBoundary, reference: string): string =>
  `@(${reference}+${b.days})·DAY${b.offset === 0n ? "" : b.offset > 0n ? `+${b.offset}` : `${b.offset}`}`;
