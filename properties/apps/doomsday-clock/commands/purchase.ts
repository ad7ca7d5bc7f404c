import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { DoomsdaySequence } from "../sequence-model.js";
import { Pay } from "./pay.js";
import { BuyKeysWithCost } from "./buy-keys-with-cost.js";
import { BuyKeys } from "./buy-keys.js";
import type { Delay } from "./delay.js";
import { canBuy } from "../../../../simulator/apps/doomsday-clock/frontend.js";
import { frontendState } from "../sequence-model.js";
import { StartNewRound } from "./start-new-round.js";
import { CheckAndEndRound } from "./check-and-end-round.js";

/**
 * The whole honest purchase flow of doomsday-clock.md, two transactions in consecutive blocks:
 * pay for `keys` keys (plus a margin), then buy them with that receipt through the hybrid or the
 * deprecated method. Perturbations are the single-purpose commands' job; this one keeps runs
 * reaching the states after successful purchases (pots, settlements with winners, carry-over).
 * With `ensureRound` it first does what a buyer's frontend would wait for: a round that accepts
 * purchases (ADMIN starts one; an ended one is settled first), so that purchases land in rounds
 * instead of being refused with "no active round" (issue #15: most of them were).
 */
export class Purchase implements DifferentialCommand<DoomsdaySequence> {
  constructor(readonly player: string, readonly keys: bigint, readonly margin: bigint, readonly hybrid: boolean, readonly delay: Delay, readonly buyDelay: bigint, readonly ensureRound = false) {}

  check(): boolean {
    return true;
  }

  async run(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
    if (this.ensureRound) await roundAcceptingPurchases(m, r);
    await new Pay(this.player, this.keys, this.margin, this.delay).run(m, r);
    const after = { kind: "ms" as const, ms: this.buyDelay };
    await (this.hybrid
      ? new BuyKeysWithCost(this.player, this.player, this.keys, 0n, "own", after)
      : new BuyKeys(this.player, this.player, this.keys, "own", after)).run(m, r);
  }

  toString(): string {
    return `purchase(${this.player}, ${this.keys} keys, margin=${this.margin}, ${this.hybrid ? "hybrid" : "deprecated"}${this.ensureRound ? ", in a round" : ""})`;
  }
}

/** Settles an ended round and starts a new one when the current state accepts no purchase. */
export async function roundAcceptingPurchases(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
  const state = frontendState(m);
  if (canBuy(state)) return;
  if (state.active) await new CheckAndEndRound("admin", { kind: "ms", ms: 1_000n }).run(m, r);
  await new StartNewRound("admin", { kind: "ms", ms: 1_000n }).run(m, r);
}
