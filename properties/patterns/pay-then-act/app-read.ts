import type { StackItem } from "../../../simulator/runtime/stack-item.js";
import type { PaidSequence } from "./paid-sequence.js";
import { MS_PER_BLOCK } from "../time-boundary/boundary-delay.js";

export { MS_PER_BLOCK };

/** A paid sequence of one app under test, by the app's hash. */
export interface AppSequence extends PaidSequence {
  readonly app: string;
}

/**
 * A safe getter of the app on the sequence's model, as a frontend's test invocation sees it (at
 * tinv unless told): what commands read to build their calls, never the chain's answer (that is
 * compared in steps of its own).
 */
export function appRead(m: Pick<AppSequence, "model" | "app" | "time">, method: string, args: readonly StackItem[], at = m.time + MS_PER_BLOCK): StackItem {
  const out = m.model.testInvoke({ contract: m.app, method, args: [...args] }, at);
  if (out.state !== "HALT") throw new Error(`${method} FAULTed in the model: ${out.exception}`);
  return out.stack[0]!;
}
