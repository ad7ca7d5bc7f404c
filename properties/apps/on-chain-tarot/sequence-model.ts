import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";
import type { InitiatedReading } from "../../../simulator/apps/on-chain-tarot/frontend.js";
import type { RngService } from "../../../simulator/tee/rng-service.js";
import type { ScriptRegistry } from "../../../simulator/tee/script-registry.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";

/**
 * What the commands of an OnChainTarot sequence know, as users would: the pay-then-act state, the
 * app's and the gateway's hashes, the hybrid readings whose ReadingInitiated the frontend saw
 * (seed, card count), the legacy readings' ids, each reading's user by name, the RNG worker
 * watching the gateway and the TEE's off-chain script registry.
 */
export interface TarotSequence extends PaidSequence {
  readonly app: string;
  readonly gateway: string;
  readonly initiated: InitiatedReading[];
  readonly legacy: bigint[];
  readonly owners: Map<bigint, string>;
  readonly rng: RngService;
  readonly tee: ScriptRegistry;
}

/** A getter of the app on the model, at the time a test invocation would see (T_last + 15 s). */
export function getter(m: TarotSequence, method: string, ...args: StackItem[]): StackItem {
  const out = m.model.testInvoke({ contract: m.app, method, args }, m.time + 15_000n);
  if (out.state !== "HALT") throw new Error(`${method} FAULTed in the model: ${out.exception}`);
  return out.stack[0]!;
}
