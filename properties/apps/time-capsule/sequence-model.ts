import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { ModelSystem } from "../../harness/model-system.js";
import type { Hash160Le } from "../../../simulator/runtime/hash160.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
import { capsuleOf, type Capsule } from "../../../simulator/apps/time-capsule/capsule-record.js";
import { readFishStatus, type FishStatus } from "../../../simulator/apps/time-capsule/frontend.js";
import { MS_PER_BLOCK } from "../../patterns/time-boundary/boundary-delay.js";

export { MS_PER_BLOCK };

/** What the commands of a TimeCapsule sequence know: the pay-then-act state and the app's hash. */
export interface CapsuleSequence extends PaidSequence {
  readonly app: string;
}

/** A safe getter on the model, as a frontend's test invocation would see it (at tinv unless told). */
function read(m: CapsuleSequence, method: string, args: StackItem[], at = m.time + MS_PER_BLOCK): StackItem {
  const out = m.model.testInvoke({ contract: m.app, method, args }, at);
  if (out.state !== "HALT") throw new Error(`${method} FAULTed in the model: ${out.exception}`);
  return out.stack[0]!;
}

/** totalCapsules() = N. */
export function capsuleCount(m: CapsuleSequence): bigint {
  const item = read(m, "totalCapsules", []);
  return item.type === "Integer" ? item.value : 0n;
}

/** The frontend's read of getCapsuleFishStatus(id) for id = 1..N. */
export function fishStatuses(m: CapsuleSequence): FishStatus[] {
  const n = Number(capsuleCount(m));
  return Array.from({ length: n }, (_, i) => readFishStatus(read(m, "getCapsuleFishStatus", [{ type: "Integer", value: BigInt(i + 1) }])));
}

/** getCapsuleData(id), as a record (null when absent). */
export function capsuleData(m: CapsuleSequence, id: bigint): Capsule | null {
  const item = read(m, "getCapsuleData", [{ type: "Integer", value: id }]);
  return item.type === "Any" ? null : capsuleOf(item);
}

/**
 * A generated capsule reference: the index-th capsule (cyclically), or the index-th of the private
 * (public) ones when `among` asks and there is one; id 1 when there is none yet.
 */
export function capsuleIdAt(m: CapsuleSequence, index: number, among?: "private" | "public"): bigint {
  const n = capsuleCount(m);
  if (n === 0n) return 1n;
  if (among) {
    const ids = Array.from({ length: Number(n) }, (_, i) => BigInt(i + 1)).filter((id) => capsuleData(m, id)!.isPublic === (among === "public"));
    if (ids.length > 0) return ids[index % ids.length]!;
  }
  return (BigInt(index) % n) + 1n;
}

export const ACCOUNTS = ["u1", "u2", "u3", "u4", "u5", "u6", "admin"] as const;

/** The logical name of the account behind a model address (a capsule's owner). */
export function nameOf(r: DifferentialRun, who: Hash160Le): string | undefined {
  const model = r.model as ModelSystem;
  return ACCOUNTS.find((a) => model.accountOf(a) === who);
}
