import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { MAX_PACKETS, MIN_PACKET } from "../../../../simulator/apps/red-envelope/constants.js";
import { distribution } from "../../../../simulator/apps/red-envelope/distribution.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { ReadStep } from "../../../patterns/call-step/call-step.js";
import { PerturbationError } from "../../../patterns/frontend-perturbation/perturbation-error.js";
import { envelopeOf, type EnvelopeSequence } from "../sequence-model.js";

/**
 * The plain reads (G6) of one envelope and one claimer, and `previewDistribution(seed, T, n)` [D]
 * (RE-P1: equal to the off-chain D when its bounds pass, "1-100 packets" / "min 0.01 GAS per
 * packet" otherwise, T ≥ MIN_AMOUNT not checked).
 */
export function getterReads(pick: number, claimer: string, seed: string, n: bigint, total: bigint): ReadStep<EnvelopeSequence> {
  // One in five past the packet-count bound, one in five one datoshi short of n × MIN_PACKET, the rest inside.
  const bound = (n + BigInt(seed.length)) % 5n;
  const [pn, pt] = bound === 0n ? [n === 1n ? 0n : MAX_PACKETS + 1n, total] : bound === 1n ? [n, n * MIN_PACKET - 1n] : [n, total < n * MIN_PACKET ? n * MIN_PACKET : total];
  return new ReadStep<EnvelopeSequence>(`getters(#${pick}, ${claimer}, preview n=${pn})`, (m, r) => {
    const id = envelopeOf(m, pick);
    const who = arg.hash160(chainActor(r, claimer).scriptHash);
    return [
      { contract: m.app, method: "previewDistribution", args: [arg.bytes(seed), arg.int(pt), arg.int(pn)] },
      { contract: m.app, method: "getEnvelope", args: [arg.int(id)] },
      { contract: m.app, method: "getEnvelopeStateForFrontend", args: [arg.int(id)] },
      { contract: m.app, method: "hasClaimed", args: [arg.int(id), who] },
      { contract: m.app, method: "getClaimedAmount", args: [arg.int(id), who] },
      { contract: m.app, method: "getPacketAmount", args: [arg.int(id), arg.int(BigInt(pick < 0 ? -1 : pick))] },
      { contract: m.app, method: "getEnvelopeCount", args: [] },
      { contract: m.app, method: "getTotalDistributed", args: [] },
      { contract: m.app, method: "getCalculationConstants", args: [] },
    ];
  }, (_m, [preview]) => {
    const inside = pn >= 1n && pn <= MAX_PACKETS && pt >= pn * MIN_PACKET;
    const got = preview?.state === "HALT" && preview.stack[0]?.type === "Array" ? preview.stack[0].items.map((i) => (i.type === "Integer" ? i.value : -1n)) : undefined;
    const want = inside ? distribution(seed, pt, pn) : undefined;
    if (JSON.stringify(got?.map(String)) !== JSON.stringify(want?.map(String))) {
      throw new PerturbationError(`previewDistribution(${seed.slice(0, 8)}…, ${pt}, ${pn})`, want ? "D(seed, T, n)" : "a FAULT", got ? `[${got.slice(0, 4).join(", ")}…]` : "FAULT");
    }
  });
}
