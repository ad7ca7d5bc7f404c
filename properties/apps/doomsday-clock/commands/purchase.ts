import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { DoomsdaySequence } from "../sequence-model.js";
import { Pay } from "./pay.js";
import { BuyKeysWithCost } from "./buy-keys-with-cost.js";
import { BuyKeys } from "./buy-keys.js";
import type { Delay } from "./delay.js";

/**
 * The whole honest purchase flow of doomsday-clock.md, two transactions in consecutive blocks:
 * pay for `keys` keys (plus a margin), then buy them with that receipt through the hybrid or the
 * deprecated method. Perturbations are the single-purpose commands' job; this one keeps runs
 * reaching the states after successful purchases (pots, settlements with winners, carry-over).
 */
export class Purchase implements DifferentialCommand<DoomsdaySequence> {
  constructor(readonly player: string, readonly keys: bigint, readonly margin: bigint, readonly hybrid: boolean, readonly delay: Delay, readonly buyDelay: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
    await new Pay(this.player, this.keys, this.margin, this.delay).run(m, r);
    const after = { kind: "ms" as const, ms: this.buyDelay };
    await (this.hybrid
      ? new BuyKeysWithCost(this.player, this.player, this.keys, 0n, "own", after)
      : new BuyKeys(this.player, this.player, this.keys, "own", after)).run(m, r);
  }

  toString(): string {
    return `purchase(${this.player}, ${this.keys} keys, margin=${this.margin}, ${this.hybrid ? "hybrid" : "deprecated"})`;
  }
}
