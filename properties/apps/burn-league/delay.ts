import { type FlexibleDelay, plainDelay } from "../../harness/differential-run.js";
import { delayTo } from "../../patterns/time-boundary/boundary-delay.js";
import { burnState, type BurnSequence } from "./sequence-model.js";

/**
 * When a BurnLeague command's block comes: a plain delay after T_last, or a boundary of the app
 * file (README §5): the user's streak window end `last + STREAK_WINDOW` (+0 continues, +1 resets,
 * BL-P4), or the current season's `EndTime` (−1: burns accepted and "not ended"; 0: "season
 * ended" and the season ends, BL-P7). Without a streak or a season the block comes 1 s later.
 */
export type Delay =
  | { readonly kind: "ms"; readonly ms: bigint }
  | { readonly kind: "window"; readonly offset: bigint }
  | { readonly kind: "season-end"; readonly offset: bigint };

export function resolveDelay(m: BurnSequence, user: string, d: Delay): bigint | FlexibleDelay {
  // A plain delay only lets time pass: a burn's values are built for its block's time or come
  // from the frontend at tinv (README §5; a window end before the block makes them stale,
  // compared like any fault). When sequences share blocks it may come up to a minute later, or
  // for a delay of half a window or more up to twice as long. The window end and the season's
  // EndTime (BL-P4, BL-P7) stay exact, and so does the second after them without a streak or
  // season (it stands in for them).
  return d.kind === "ms" ? plainDelay(d.ms) : exactDelay(m, user, d);
}

/** The delay exactly as generated: a plain one as it is, a boundary's to hit it (1 s without one). */
export function exactDelay(m: BurnSequence, user: string, d: Delay): bigint {
  if (d.kind === "ms") return d.ms;
  const target = boundaryOf(m, user, d);
  return target === undefined ? 1_000n : delayTo(m.time, target).delay;
}

/** The block time a boundary delay aims at (`boundary + offset`), undefined without a streak or season. */
export function boundaryOf(m: BurnSequence, user: string, d: Exclude<Delay, { kind: "ms" }>): bigint | undefined {
  const state = burnState(m, user);
  const boundary = d.kind === "window" ? (state.lastBurnTime > 0n ? state.lastBurnTime + state.streakWindowMs : 0n) : state.seasonActive ? state.seasonEndTime : 0n;
  return boundary === 0n ? undefined : boundary + d.offset;
}

export function showDelay(d: Delay): string {
  const off = (o: bigint) => (o === 0n ? "" : o > 0n ? `+${o}` : `${o}`);
  switch (d.kind) {
    case "ms": return `+${d.ms}ms`;
    case "window": return `@last+WINDOW${off(d.offset)}`;
    case "season-end": return `@EndTime${off(d.offset)}`;
  }
}
