import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";
import type { InitiatedBet } from "../../../simulator/apps/coin-flip/frontend.js";
import type { RngService } from "../../../simulator/tee/rng-service.js";
import type { ScriptRegistry } from "../../../simulator/tee/script-registry.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";

/**
 * What the commands of a CoinFlip sequence know: the pay-then-act state, the app's and the
 * gateway's hashes, the hybrid bets whose BetInitiated the frontend saw (seed included), the RNG
 * worker watching the gateway, the TEE's off-chain script registry, and the accounts' display
 * hashes by name.
 */
export interface CoinFlipSequence extends PaidSequence {
  readonly app: string;
  readonly gateway: string;
  readonly initiated: InitiatedBet[];
  readonly rng: RngService;
  readonly tee: ScriptRegistry;
  readonly accounts: ReadonlyMap<string, string>;
}

/** A getter of the app on the model, at the time a test invocation would see (T_last + 15 s). */
export function getter(m: CoinFlipSequence, method: string, ...args: StackItem[]): StackItem {
  const out = m.model.testInvoke({ contract: m.app, method, args }, m.time + 15_000n);
  if (out.state !== "HALT") throw new Error(`${method} FAULTed in the model: ${out.exception}`);
  return out.stack[0]!;
}

export const intOf = (item: StackItem): bigint => (item.type === "Integer" ? item.value : 0n);

/** The display hash of an account by name (`0x…`). */
export function accountHash(m: CoinFlipSequence, name: string): string {
  const h = m.accounts.get(name);
  if (!h) throw new Error(`no account ${name}`);
  return h;
}
