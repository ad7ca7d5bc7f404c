import { plainDelay, type FlexibleDelay } from "../../../harness/differential-run.js";

/**
 * A Lottery command's delay: plain ms, or `exact` where the step aims at a README §5 boundary.
 * Every plain delay of Lottery is a lower bound only (past a cooldown, a gap between steps): a
 * later block keeps what it aims at, and the model computes each outcome for the time the block
 * runs at (Lottery's calls carry no time; BET's and the draw timeout's checks are the contract's).
 */
export type StepDelay = bigint | { readonly exact: bigint };

export const resolveStepDelay = (d: StepDelay): bigint | FlexibleDelay => (typeof d === "bigint" ? plainDelay(d) : d.exact);

export const showStepDelay = (d: StepDelay): string => (typeof d === "bigint" ? `+${d}ms` : `+${d.exact}ms exactly`);
