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

export function resolveDelay(m: BurnSequence, user: string, d: Delay): bigint {
  if (d.kind === "ms") return d.ms;
  const state = burnState(m, user);
  const boundary = d.kind === "window" ? (state.lastBurnTime > 0n ? state.lastBurnTime + state.streakWindowMs : 0n) : state.seasonActive ? state.seasonEndTime : 0n;
  return boundary === 0n ? 1_000n : delayTo(m.time, boundary + d.offset).delay;
}

export function showDelay(d: Delay): string {
  const off = (o: bigint) => (o === 0n ? "" : o > 0n ? `+${o}` : `${o}`);
  switch (d.kind) {
    case "ms": return `+${d.ms}ms`;
    case "window": return `@last+WINDOW${off(d.offset)}`;
    case "season-end": return `@EndTime${off(d.offset)}`;
  }
}
