import type { AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { CoinFlipSequence } from "../sequence-model.js";

/**
 * A plain transaction on the app, mostly administrative (script registry, pause, bet limits) by
 * ADMIN or, to see "unauthorized", by another account: the states the two-phase rules must hold
 * across (a disabled or substituted script, a paused app, tighter limits); also the legacy
 * callback called directly rather than by the gateway.
 */
export class AdminCall implements DifferentialCommand<CoinFlipSequence> {
  constructor(readonly signer: string, readonly method: string, readonly args: readonly AbiArg[], readonly label: string, readonly delayMs: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: CoinFlipSequence, r: DifferentialRun): Promise<void> {
    await r.transaction({ contract: m.app, method: this.method, args: this.args }, this.signer, this.delayMs, this.label);
    m.time = r.time;
  }

  toString(): string {
    return `${this.signer}: ${this.label} +${this.delayMs}ms`;
  }
}
