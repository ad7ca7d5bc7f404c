import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";
import type { InitiatedReading } from "../../../simulator/apps/on-chain-tarot/frontend.js";
import type { RngService } from "../../../simulator/tee/rng-service.js";
import type { ScriptRegistry } from "../../../simulator/tee/script-registry.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
import { appGetter } from "../../patterns/app-sequence/app-sequence.js";

/**
 * What the commands of an OnChainTarot sequence know, as users would: the pay-then-act state, the
 * app's and the gateway's hashes, the hybrid readings whose ReadingInitiated the frontend saw
 * (seed, card count) and which of them were settled, the legacy readings' ids, each reading's user by name, the RNG worker
 * watching the gateway and the TEE's off-chain script registry.
 */
export interface TarotSequence extends PaidSequence {
  readonly app: string;
  readonly gateway: string;
  readonly pauseRegistry: string;
  readonly initiated: InitiatedReading[];
  readonly legacy: bigint[];
  readonly owners: Map<bigint, string>;
  /** Hybrid readings whose settlement the chain accepted (the frontend saw its ReadingCompleted). */
  readonly settled: Set<bigint>;
  readonly rng: RngService;
  readonly tee: ScriptRegistry;
}

/** A getter of the app on the model, at the time a test invocation would see. */
export const getter = (m: TarotSequence, method: string, ...args: StackItem[]): StackItem => appGetter({ ...m, accounts: new Map() }, method, ...args);

/**
 * The hybrid reading a settlement targets: an even pick the pick-th of the readings still pending
 * (as the frontend knows them), an odd one any initiated reading (often settled: "already completed").
 */
export function pickInitiated(m: TarotSequence, pick: number): InitiatedReading | undefined {
  const pending = m.initiated.filter((r) => !m.settled.has(r.readingId));
  const pool = pick % 2 === 0 && pending.length > 0 ? pending : m.initiated;
  return pool.length > 0 ? pool[Math.floor(pick / 2) % pool.length] : undefined;
}
