import { H } from "../runtime/hash.js";
import { utf8Hex, type Hex } from "../runtime/hex.js";
import { bytesOfInt } from "../runtime/integer-bytes.js";
import { boolItem, bytesItem, intItem, stringItem } from "../runtime/items.js";
import type { ModelCall } from "../runtime/model-call.js";
import type { Outcome } from "../runtime/outcome.js";

/** Default randomness (platform.md §4): H(utf8("rng") ‖ bytes(requestId) ‖ fixtureSeed). */
export function defaultRngResult(requestId: bigint, fixtureSeed: Hex): Hex {
  return H(utf8Hex("rng") + bytesOfInt(requestId) + fixtureSeed);
}

/** One fulfilment as data: `fulfillRequest(requestId, success, result, error)`, sent by the TEE account. */
export interface RngFulfilment {
  readonly requestId: bigint;
  readonly success: boolean;
  readonly result: Hex;
  readonly error: string;
}

export function fulfilmentCall(gateway: string, f: RngFulfilment): ModelCall {
  return { contract: gateway, method: "fulfillRequest", args: [intItem(f.requestId), boolItem(f.success), bytesItem(f.result), stringItem(f.error)] };
}

/**
 * The simulated RNG worker: watches the gateway's `ServiceRequested` with serviceType "rng", and
 * delivers each request once (never retried; platform.md §4), with the default result, a forced
 * result, or the failure `(false, empty, "rng failed")`. It chooses nothing about time: the
 * harness picks the block of each fulfilment, or leaves a request unfulfilled.
 */
export class RngService {
  private readonly pending: bigint[] = [];
  private readonly delivered = new Set<bigint>();
  private readonly forced = new Map<bigint, RngFulfilment>();

  constructor(private readonly gateway: string, private readonly fixtureSeed: Hex) {}

  /** Records the rng requests of a transaction's outcome; returns their ids. */
  observe(outcome: Outcome): bigint[] {
    if (outcome.state !== "HALT") return [];
    const ids: bigint[] = [];
    for (const n of outcome.notifications) {
      if (n.contract !== this.gateway.toLowerCase() || n.eventName !== "ServiceRequested") continue;
      const [id, , type] = n.args;
      if (id?.type === "Integer" && type?.type === "ByteString" && type.hex === utf8Hex("rng")) ids.push(id.value);
    }
    this.pending.push(...ids);
    return ids;
  }

  /** Forces the result bytes (1–256 bytes, README §7) of a request. */
  override(requestId: bigint, result: Hex): void {
    this.forced.set(requestId, { requestId, success: true, result, error: "" });
  }

  fail(requestId: bigint): void {
    this.forced.set(requestId, { requestId, success: false, result: "", error: "rng failed" });
  }

  pendingIds(): readonly bigint[] {
    return this.pending.filter((id) => !this.delivered.has(id));
  }

  /** The fulfilment of a pending request, marked delivered: it is never offered again. */
  deliver(requestId: bigint): RngFulfilment {
    if (!this.pending.includes(requestId)) throw new Error(`rng request ${requestId} was never observed`);
    if (this.delivered.has(requestId)) throw new Error(`rng request ${requestId} was already delivered (never retried)`);
    this.delivered.add(requestId);
    return this.forced.get(requestId) ?? { requestId, success: true, result: defaultRngResult(requestId, this.fixtureSeed), error: "" };
  }
}
