import type { StackItem } from "../../../simulator/runtime/stack-item.js";
import type { PaidSequence } from "./paid-sequence.js";

/** A paid sequence of one app under test, by the app's hash. */
export interface AppSequence extends PaidSequence {
  readonly app: string;
}

/** MS_PER_BLOCK (platform.md §6): a test invocation runs at tinv = T_last + 15,000 (README §5). */
export const MS_PER_BLOCK = 15_000n;

/**
 * A safe getter of the app on the sequence's model, as a frontend's test invocation sees it (at
 * tinv unless told): what commands read to build their calls, never the chain's answer (that is
 * compared in steps of its own).
 */
export function appRead(m: AppSequence, method: string, args: readonly StackItem[], at = m.time + MS_PER_BLOCK): StackItem {
  const out = m.model.testInvoke({ contract: m.app, method, args: [...args] }, at);
  if (out.state !== "HALT") throw new Error(`${method} FAULTed in the model: ${out.exception}`);
  return out.stack[0]!;
}
