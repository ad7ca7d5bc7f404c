import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";
import { intItem } from "../../../simulator/runtime/items.js";
import { readEnvelopeState, type EnvelopeStateForFrontend } from "../../../simulator/apps/red-envelope/frontend.js";
import { SCRIPT_NAME } from "../../../simulator/apps/red-envelope/constants.js";
import { registeredScriptHash } from "../../../simulator/tee/script-texts.js";
import { appBySlug } from "../../../simulator/registry.js";

/**
 * What the commands of a RedEnvelope sequence know: the pay-then-act state (model, receipts,
 * T_last), the app's and the gateway's hashes, each envelope's creator (logical name) and the
 * gateway requests of the legacy path, to build honest and hostile calls as users would.
 */
export interface EnvelopeSequence extends PaidSequence {
  readonly app: string;
  readonly gateway: string;
  readonly creators: Map<bigint, string>;
  /** Gateway request ids of createEnvelope, in order, and the envelope of each. */
  readonly requests: bigint[];
  readonly requestEnvelope: Map<bigint, bigint>;
  /**
   * Each envelope's seed as a user saw it: EnvelopeInitiated's seed, or the RNG result of a
   * successful callback. With T and n it gives the envelope's distribution D without the model.
   */
  readonly seeds: Map<bigint, string>;
}

/** The registered hash of `distribute-packets`: the honest `scriptHash` of a settlement. */
export const honestScriptHash = (): string => registeredScriptHash(appBySlug("red-envelope")!, SCRIPT_NAME);

/** The frontend's read of one envelope, on the model, at the time a test invocation would see. */
export function envelopeState(m: EnvelopeSequence, id: bigint): EnvelopeStateForFrontend {
  const out = m.model.testInvoke({ contract: m.app, method: "getEnvelopeStateForFrontend", args: [intItem(id)] }, m.time + 15_000n);
  if (out.state !== "HALT") throw new Error(`getEnvelopeStateForFrontend FAULTed in the model: ${out.exception}`);
  return readEnvelopeState(out.stack[0]!);
}

export function envelopeCount(m: EnvelopeSequence): bigint {
  return BigInt(m.creators.size);
}

/** An envelope id from a generated pick: the pick-th newest issued one (0: the newest), or never issued (pick < 0 or none yet). */
export function envelopeOf(m: EnvelopeSequence, pick: number): bigint {
  const count = envelopeCount(m);
  if (pick < 0 || count === 0n) return count + 7n;
  return count - (BigInt(pick) % count);
}

/** The newest envelope of `creator` in the given state/mode, if any. */
export function newestWhere(m: EnvelopeSequence, ok: (s: EnvelopeStateForFrontend, creator: string) => boolean): bigint | undefined {
  for (let id = envelopeCount(m); id >= 1n; id--) if (ok(envelopeState(m, id), m.creators.get(id)!)) return id;
  return undefined;
}
