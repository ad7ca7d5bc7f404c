import { APP_ID } from "../../../simulator/apps/doomsday-clock/constants.js";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { frontendCost } from "../../../simulator/apps/doomsday-clock/frontend.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { EquivalencePattern } from "../../patterns/equivalence/equivalence-command.js";
import { frontendState, type DoomsdaySequence } from "./sequence-model.js";

/**
 * DD-P3: `buyKeysWithCost(p, n, C(n, K), r)` ≡ `buyKeys(p, n, r)` — identical storage, events,
 * receipt and bet recording, and the same settle-and-return after the round's end; both pay with
 * the same receipt, bought just before.
 */
export function doomsdayPurchasePair(player: string, keys: bigint, margin: bigint): EquivalencePattern<DoomsdaySequence> {
  let receipt = 0n;
  const buyArgs = (m: DoomsdaySequence, r: Parameters<EquivalencePattern<DoomsdaySequence>["hybrid"]>[1]) => arg.hash160(chainActor(r, player).scriptHash);
  return {
    name: `buyKeysWithCost ≡ buyKeys (${player}, ${keys})`,
    prepare: async (m, r) => {
      receipt = (await payReceipt(m, r, player, frontendCost(frontendState(m), keys) + margin, 1_000n, APP_ID)) ?? 0n;
    },
    hybrid: (m, r) => ({ call: { contract: m.app, method: "buyKeysWithCost", args: [buyArgs(m, r), arg.int(keys), arg.int(frontendCost(frontendState(m), keys)), arg.int(receipt)] }, sender: player }),
    deprecated: (m, r) => ({ call: { contract: m.app, method: "buyKeys", args: [buyArgs(m, r), arg.int(keys), arg.int(receipt)] }, sender: player }),
    model: (m) => m.model,
    contracts: (m) => [m.app, m.paymentHub],
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // Both paths are compared at the time the chain step runs at, whatever it is (after the
    // round's end both must settle and return alike).
    latest: () => null,
  };
}
