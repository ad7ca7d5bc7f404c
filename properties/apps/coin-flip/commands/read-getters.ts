import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { accountDisplay } from "../../../patterns/app-sequence/app-sequence.js";
import type { CoinFlipSequence } from "../sequence-model.js";

/** A safe getter and its arguments, as generated (G6); accounts by logical name. */
export type GetterCall =
  | { readonly method: "getFlipScriptInfo" | "getBetCount" | "getTotalWagered" | "getTotalPaid" | "getJackpotPool" | "getGameBetLimits" | "isPaused" }
  | { readonly method: "getBet"; readonly betId: bigint }
  | { readonly method: "getPlayerStats" | "getGamePlayerDailyBet" | "getGamePlayerLastBetTime" | "getGamePlayerBetCount"; readonly player: string }
  | { readonly method: "calculateExpectedResult"; readonly seed: string; readonly choice: boolean }
  | { readonly method: "getOperationSeed"; readonly betId: bigint };

/** Safe getters by test invocation on both sides (G6); CF-P6: calculateExpectedResult on arbitrary seeds, the seed getter after settlement. */
export class ReadGetters implements DifferentialCommand<CoinFlipSequence> {
  constructor(readonly getters: readonly GetterCall[]) {}

  check(): boolean {
    return true;
  }

  async run(m: CoinFlipSequence, r: DifferentialRun): Promise<void> {
    for (const g of this.getters) await r.read({ contract: m.app, method: g.method, args: args(m, g) });
  }

  toString(): string {
    return `read(${this.getters.map((g) => g.method).join(", ")})`;
  }
}

function args(m: CoinFlipSequence, g: GetterCall): AbiArg[] {
  switch (g.method) {
    case "getBet": case "getOperationSeed": return [arg.int(g.betId)];
    case "getPlayerStats": case "getGamePlayerDailyBet": case "getGamePlayerLastBetTime": case "getGamePlayerBetCount": return [arg.hash160(accountDisplay(m, g.player))];
    case "calculateExpectedResult": return [arg.bytes(g.seed), arg.bool(g.choice)];
    default: return [];
  }
}
