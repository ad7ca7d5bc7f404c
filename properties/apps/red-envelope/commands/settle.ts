import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../../neo-express/driver/contract-call.js";
import { frontendDistribution } from "../../../../simulator/apps/red-envelope/frontend.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { type DifferentialRun, plainDelay } from "../../../harness/differential-run.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import { envelopeOf, envelopeState, honestScriptHash, type EnvelopeSequence } from "../sequence-model.js";

/** `settleEnvelopeLazy(creator, id, scriptHash)` [H] with the registered hash. */
export function lazyCall(m: EnvelopeSequence, r: DifferentialRun, creator: string, id: bigint, scriptHash = honestScriptHash()): ContractCall {
  return { contract: m.app, method: "settleEnvelopeLazy", args: [arg.hash160(chainActor(r, creator).scriptHash), arg.int(id), arg.bytes(scriptHash)] };
}

/** `settleEnvelope(creator, id, amounts, scriptHash)` [D]; amounts default to the frontend's D(seed, T, n) (empty without a seed). */
export function eagerCall(m: EnvelopeSequence, r: DifferentialRun, creator: string, id: bigint, amounts?: readonly bigint[], scriptHash = honestScriptHash()): ContractCall {
  const d = amounts ?? frontendDistribution(envelopeState(m, id)) ?? [];
  const items: AbiArg[] = d.map((a) => arg.int(a));
  return { contract: m.app, method: "settleEnvelope", args: [arg.hash160(chainActor(r, creator).scriptHash), arg.int(id), arg.array(items), arg.bytes(scriptHash)] };
}

/** A settlement by the envelope's creator (or `signer`), honest except for what the perturbation pattern covers. */
export function settleStep(eager: boolean, signer: string | undefined, pick: number, delayMs: bigint): CallStep<EnvelopeSequence> {
  const who = (m: EnvelopeSequence, id: bigint) => signer ?? m.creators.get(id) ?? "u1";
  return new CallStep(`${eager ? "settleEnvelope" : "settleEnvelopeLazy"}(#${pick}${signer ? ` as ${signer}` : ""}) +${delayMs}ms`,
    (m) => who(m, envelopeOf(m, pick)), () => plainDelay(delayMs), (m, r) => {
      const id = envelopeOf(m, pick);
      return eager ? eagerCall(m, r, who(m, id), id) : lazyCall(m, r, who(m, id), id);
    });
}
