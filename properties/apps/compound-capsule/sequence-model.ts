import type { PausableSequence } from "../../patterns/pause/paused-window.js";
import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
import { intItem } from "../../../simulator/runtime/items.js";
import { capsuleOf, type Capsule } from "../../../simulator/apps/compound-capsule/capsule-record.js";
import {
  readCalculationConstants, readCapsuleState, type CalculationConstants, type CapsuleStateForFrontend,
} from "../../../simulator/apps/compound-capsule/frontend.js";
import { MS_PER_BLOCK } from "../../patterns/time-boundary/boundary-delay.js";

export { MS_PER_BLOCK };

/** A capsule the sequence created: its id and its owner's logical name. */
export interface KnownCapsule {
  readonly id: bigint;
  readonly owner: string;
}

/** What the commands of a CompoundCapsule sequence know: the model, the app, the PauseRegistry, T_last and the capsules created. */
export interface CompoundSequence extends PausableSequence {
  readonly model: ModelChain;
  readonly capsules: KnownCapsule[];
}

/**
 * The sender of a transaction that moves the owner's NEO (README §6): CalledByEntry for the app's
 * own CheckWitness plus CustomContracts[NEO] for NEO's (sender syntax of properties/harness/sender-name.ts).
 */
export type NeoScope = "entry+NEO" | "entry" | "custom:NEO" | "none";
export const senderWith = (name: string, scope: NeoScope): string => (scope === "entry" ? name : `${name}/${scope}`);

/** A safe getter on the model, as a frontend's test invocation sees it (at tinv unless told). */
function read(m: CompoundSequence, method: string, args: StackItem[], at = m.time + MS_PER_BLOCK): StackItem {
  const out = m.model.testInvoke({ contract: m.app, method, args }, at);
  if (out.state !== "HALT") throw new Error(`${method} FAULTed in the model: ${out.exception}`);
  return out.stack[0]!;
}

/** The frontend's read of getCapsuleStateForFrontend(id) (at tinv unless told). */
export const capsuleState = (m: CompoundSequence, id: bigint, at?: bigint): CapsuleStateForFrontend => readCapsuleState(read(m, "getCapsuleStateForFrontend", [intItem(id)], at));

/** The frontend's read of getCalculationConstants(). */
export const calculationConstants = (m: CompoundSequence): CalculationConstants => readCalculationConstants(read(m, "getCalculationConstants", []));

/** getCapsule(id) as a record, null when absent. */
export function capsuleRecord(m: CompoundSequence, id: bigint): Capsule | null {
  const item = read(m, "getCapsule", [intItem(id)]);
  return item.type === "Any" ? null : capsuleOf(item);
}

/** The index-th capsule created (cyclically), or undefined before the first. */
export const capsuleAt = (m: CompoundSequence, index: number): KnownCapsule | undefined =>
  m.capsules.length === 0 ? undefined : m.capsules[index % m.capsules.length];

/** The capsules still active, with their records. */
export function activeCapsules(m: CompoundSequence): { readonly known: KnownCapsule; readonly c: Capsule }[] {
  return m.capsules.flatMap((known) => {
    const c = capsuleRecord(m, known.id);
    return c?.active ? [{ known, c }] : [];
  });
}

/** The index-th active capsule that `fits` (cyclically), if any. */
export function activeAt(m: CompoundSequence, index: number, fits: (c: Capsule) => boolean = () => true) {
  const all = activeCapsules(m).filter((x) => fits(x.c));
  return all.length === 0 ? undefined : all[index % all.length];
}

/** Another user than `name` (the "another owner" rows). */
export const otherThan = (name: string): string => (name === "u1" ? "u2" : "u1");
