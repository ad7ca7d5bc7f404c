import { arg } from "../../../neo-express/driver/abi-arg.js";
import { APP_ID, FISH_FEE } from "../../../simulator/apps/time-capsule/constants.js";
import { pick } from "../../../simulator/apps/time-capsule/frontend.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { EquivalencePattern } from "../../patterns/equivalence/equivalence-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { capsuleCount, fishStatuses, type CapsuleSequence } from "./sequence-model.js";

/**
 * TC-P2 (G8): `fishWithId(f, pick(S, now), r)` ≡ `fish(f, r)` — identical storage, events, reward
 * transfer and return value, from one state at one time (`now` = the block time the harness chose,
 * T_last + delayMs). Both paths present the same receipt, paid just before. When `pick` finds
 * nothing, `fish` faults "no fishable capsule found" and the spec makes no hybrid call: then the
 * "hybrid" side is the same `fish` call, and only `fish`'s own outcome is compared with the chain.
 */
export function fishPair(fisher: string, delayMs: bigint): EquivalencePattern<CapsuleSequence> {
  let receipt = 0n;
  const who = (r: DifferentialRun) => arg.hash160(chainActor(r, fisher).scriptHash);
  const deprecated = (m: CapsuleSequence, r: DifferentialRun) => ({ call: { contract: m.app, method: "fish", args: [who(r), arg.int(receipt)] }, sender: fisher });
  return {
    name: `fishWithId(pick) ≡ fish (${fisher})`,
    prepare: async (m, r) => {
      receipt = (await payReceipt(m, r, fisher, FISH_FEE, 1_000n, APP_ID)) ?? 0n;
    },
    hybrid: (m, r) => {
      const id = pick(fishStatuses(m), capsuleCount(m), r.time + delayMs);
      if (id === undefined) return deprecated(m, r);
      return { call: { contract: m.app, method: "fishWithId", args: [who(r), arg.int(id), arg.int(receipt)] }, sender: fisher };
    },
    deprecated,
    model: (m) => m.model,
    contracts: (m) => [m.app, m.paymentHub],
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // No `latest`: pick(S, N, now) starts its scan at now mod N, so the hybrid's id is computed for
    // exactly T_last + delayMs (the pattern builds it before the block's time is known). Exact.
  };
}
