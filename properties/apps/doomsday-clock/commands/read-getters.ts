import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import type { DoomsdaySequence } from "../sequence-model.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/** A safe getter and its arguments, as generated (G6); accounts by logical name. */
export type GetterCall =
  | { readonly method: "getRoundStateForFrontend" | "getCurrentKeyPrice" | "timeRemaining" | "currentRoundId" | "totalKeysSold" | "totalPrizesPaid" | "carryOver" | "isPaused" | "getBetLimits" }
  | { readonly method: "calculateKeyCost" | "calculateKeyCostFormula" | "calculateKeyCostLoop"; readonly n: bigint; readonly k: bigint }
  | { readonly method: "getRound"; readonly roundId: bigint }
  | { readonly method: "getPlayerKeys"; readonly player: string; readonly roundId: bigint }
  | { readonly method: "isReceiptUsed"; readonly receiptId: bigint }
  | { readonly method: "getPlayerDailyBet" | "getPlayerLastBetTime" | "getPlayerBetCount"; readonly player: string };

/**
 * Safe getters by test invocation on both sides (G6). With `at`, a cheap transaction first puts
 * T_last where the getter's tinv lands on a time boundary (DD-P6: timeRemaining at EndTime − 1
 * and EndTime).
 */
export class ReadGetters implements DifferentialCommand<DoomsdaySequence> {
  constructor(readonly getters: readonly GetterCall[], readonly at?: Delay) {}

  check(): boolean {
    return true;
  }

  async run(m: DoomsdaySequence, r: DifferentialRun): Promise<void> {
    if (this.at) {
      await r.transaction({ contract: m.app, method: "getCurrentKeyPrice", args: [] }, "u6", resolveDelay(m, this.at));
      m.time = r.time;
    }
    for (const g of this.getters) await r.read({ contract: m.app, method: g.method, args: args(r, g) });
  }

  toString(): string {
    return `read(${this.getters.map((g) => g.method).join(", ")}${this.at ? `, ${showDelay(this.at)}` : ""})`;
  }
}

function args(r: DifferentialRun, g: GetterCall): AbiArg[] {
  const who = (name: string) => arg.hash160(chainActor(r, name).scriptHash);
  switch (g.method) {
    case "calculateKeyCost": case "calculateKeyCostFormula": case "calculateKeyCostLoop": return [arg.int(g.n), arg.int(g.k)];
    case "getRound": return [arg.int(g.roundId)];
    case "getPlayerKeys": return [who(g.player), arg.int(g.roundId)];
    case "isReceiptUsed": return [arg.int(g.receiptId)];
    case "getPlayerDailyBet": case "getPlayerLastBetTime": case "getPlayerBetCount": return [who(g.player)];
    default: return [];
  }
}
