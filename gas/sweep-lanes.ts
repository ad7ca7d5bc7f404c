import type { Outcome } from "../simulator/runtime/outcome.js";
import type { GasPairPlan, PairPath, TransactionPair } from "./gas-pair-plan.js";

/**
 * Which world measures what. "The same state" for both paths of a pair at one n means two worlds
 * (each with its own PaymentHub and app, built by the same fixture in the same blocks) driven by
 * the same steps in the same blocks up to the measurement, which both make in one block: their
 * storage differs only in world addresses, whose byte lengths (20) and so whose costs are equal.
 * Every n gets fresh worlds, so no point inherits the storage of another (a first write costs the
 * key and value, an overwrite a quarter of the value).
 *
 * Twin `B` repeats lane `A` measured two blocks later at another storage price: an N3 script costs
 * execution + stored bytes × StoragePrice, so the two totals give the stored bytes exactly.
 * One replica lane repeats a measurement in a world of its own: GAS must be deterministic.
 */
export interface LanePlan {
  readonly pair: TransactionPair;
  readonly n: number;
  readonly path: PairPath;
  readonly twin: "A" | "B";
  readonly replica: boolean;
  readonly world: number;
  readonly outcomes: Outcome[];
}

export function planLanes(pairs: readonly GasPairPlan[], pointsOf: (pair: GasPairPlan) => readonly number[]): LanePlan[] {
  const lanes: LanePlan[] = [];
  const add = (pair: TransactionPair, n: number, path: PairPath, twin: "A" | "B", replica = false) =>
    lanes.push({ pair, n, path, twin, replica, world: lanes.length, outcomes: [] });
  for (const pair of pairs) {
    if (pair.kind !== "transaction") continue;
    for (const n of pointsOf(pair)) for (const twin of ["A", "B"] as const) for (const path of ["hybrid", "deprecated"] as const) add(pair, n, path, twin);
  }
  const first = pairs.find((p): p is TransactionPair => p.kind === "transaction");
  if (first) {
    const points = pointsOf(first);
    add(first, points[Math.floor(points.length / 2)]!, "deprecated", "A", true);
  }
  return lanes;
}

/**
 * The divisor of the spec's funding so that `worlds` worlds fit in the genesis account's
 * 52,000,000 GAS (each takes 26,000,000 / d + 2,000 GAS); every world gets the same funding.
 */
export function fundingDivisor(worlds: number): bigint {
  return BigInt(Math.max(1, Math.ceil((worlds * 26) / 49)));
}
