import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { APP_ID, BLINDBOX_PRICE, SCRIPT_NAME } from "../../../../simulator/apps/turtle-match/constants.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import type { TurtleSequence } from "../sequence-model.js";
import { startGame } from "./start-game.js";
import { SettleGame } from "./settle-game.js";
import { plain } from "./game-delay.js";

/**
 * TM-P4's script rows in order: `player` starts a session (paid), ADMIN disables the script (or
 * registers a substituted hash), the owner settles — the TEE refuses, the frontend submits its own
 * totals with the hash it knows: "script disabled" / "script hash mismatch" — and a start is
 * refused ("script not registered" while disabled), then ADMIN restores the canonical script and
 * the owner's honest settlement passes: the session stayed open, its seed kept.
 */
export class SettleUnderScript implements DifferentialCommand<TurtleSequence> {
  constructor(readonly how: "disabled" | "substituted", readonly player: string, readonly boxCount: bigint, readonly substitute: string, readonly canonical: string) {}

  check(): boolean {
    return true;
  }

  async run(m: TurtleSequence, r: DifferentialRun): Promise<void> {
    // Plain delays throughout (the starts' 150 s and 31 s are lower bounds: past 5 × Cooldown and
    // past the cooldown); no step here aims at a time.
    await payReceipt(m, r, this.player, this.boxCount * BLINDBOX_PRICE, plain(1_000n), APP_ID);
    const before = m.started.length;
    await startGame(m, r, { signer: this.player, player: this.player, boxCount: this.boxCount, receipt: "own", delay: { kind: "ms", ms: 150_000n } });
    const change = this.how === "disabled"
      ? { contract: m.app, method: "disableScript", args: [arg.str(SCRIPT_NAME)] }
      : { contract: m.app, method: "registerScript", args: [arg.str(SCRIPT_NAME), arg.bytes(this.substitute)] };
    await r.transaction(change, "admin", plain(1_000n));
    m.time = r.time;
    const pick = m.started.length > before ? m.started.length - 1 : 0;
    await new SettleGame(pick, "owner", "owner", "none", 1_000n).run(m, r);
    await payReceipt(m, r, this.player, this.boxCount * BLINDBOX_PRICE, plain(1_000n), APP_ID);
    await startGame(m, r, { signer: this.player, player: this.player, boxCount: this.boxCount, receipt: "own", delay: { kind: "ms", ms: 31_000n } });
    await r.transaction({ contract: m.app, method: "registerScript", args: [arg.str(SCRIPT_NAME), arg.bytes(this.canonical)] }, "admin", plain(1_000n));
    m.time = r.time;
    await new SettleGame(pick, "owner", "owner", "none", 1_000n).run(m, r);
  }

  toString(): string {
    return `settleUnderScript(${this.how}, ${this.player}, ${this.boxCount} boxes)`;
  }
}
