import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { APP_ID } from "../../../../simulator/apps/red-envelope/constants.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import type { EnvelopeSequence } from "../sequence-model.js";
import { plainDelay } from "../../../harness/differential-run.js";

/**
 * The RNG worker's delivery (platform.md §4): `fulfillRequest(requestId, success, result, error)`
 * on the gateway, signed by the TEE account (another signer → the gateway's refusal), for one of
 * the legacy envelopes' requests (the newest by default, an older one → already fulfilled or a
 * refunded envelope: "envelope not pending"). The gateway calls the app's onServiceCallback.
 */
export function fulfilStep(signer: string, pick: number, success: boolean, resultHex: string, delayMs: bigint): CallStep<EnvelopeSequence> {
  return new CallStep(`fulfillRequest(#${pick}, ${success}, ${resultHex.length / 2}B) +${delayMs}ms`, signer, () => plainDelay(delayMs),
    (m) => ({ contract: m.gateway, method: "fulfillRequest", args: [arg.int(requestOf(m, pick)), arg.bool(success), arg.bytes(resultHex), arg.str(success ? "" : "rng failed")] }),
    (m, out) => {
      // A callback that made the envelope claimable used the result as its seed.
      const id = m.requestEnvelope.get(requestOf(m, pick));
      if (id !== undefined && out.state === "HALT" && out.notifications.some((n) => n.eventName === "EnvelopeCreated")) m.seeds.set(id, resultHex);
    });
}

const requestOf = (m: EnvelopeSequence, pick: number): bigint => m.requests.at(-1 - (pick % Math.max(1, m.requests.length))) ?? 1n;

/** `onServiceCallback` called by an account, not through the gateway: "only gateway" (the callback's first check). */
export function directCallbackStep(signer: string, pick: number, delayMs: bigint): CallStep<EnvelopeSequence> {
  return new CallStep(`onServiceCallback(#${pick}, direct) +${delayMs}ms`, signer, () => plainDelay(delayMs),
    (m) => ({ contract: m.app, method: "onServiceCallback", args: [arg.int(requestOf(m, pick)), arg.str(APP_ID), arg.str("rng"), arg.bool(true), arg.bytes("ab".repeat(32)), arg.str("")] }));
}
