import type { GasPairPlan } from "./gas-pair-plan.js";

/**
 * One path's GAS at one n, datoshi, as neo-express reported it. `total` is the script's
 * `gasconsumed`, what the user's system fee must cover (entry script included); `entry` is the
 * entry script's own share; `storageFee` is known for transactions (from the twin measured at
 * another storage price) and 0 for test invocations, which store nothing.
 */
export interface MeasuredPoint {
  readonly n: number;
  readonly total: bigint;
  readonly entry: bigint;
  readonly storageFee?: bigint;
  /** Length of the entry script, bytes: a transaction pays FeePerByte for each (network fee). */
  readonly scriptBytes: number;
}

export interface MeasuredPair {
  readonly plan: GasPairPlan;
  readonly hybrid: readonly MeasuredPoint[];
  readonly deprecated: readonly MeasuredPoint[];
  /** Per n, whether both paths left the same storage (world addresses aside); transactions only. */
  readonly sameStorage?: readonly boolean[];
}
