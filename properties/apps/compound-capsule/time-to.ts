import type { DifferentialRun } from "../../harness/differential-run.js";
import type { CompoundSequence } from "./sequence-model.js";

/**
 * Moves T_last to `target` with a cheap transaction (u6 reads a total), so that the next block,
 * 1 ms or a chosen delay later, meets a boundary (README §5). Returns false when `target` is
 * already behind T_last (the boundary can no longer be hit).
 */
export async function timeTo(m: CompoundSequence, r: DifferentialRun, target: bigint): Promise<boolean> {
  const delay = target - r.time;
  if (delay < 0n) return false;
  if (delay >= 1n) await r.transaction({ contract: m.app, method: "totalCapsules", args: [] }, "u6", delay, "advance T_last to a boundary");
  m.time = r.time;
  return true;
}
