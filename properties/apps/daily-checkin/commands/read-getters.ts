import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { dayStart, delayTo } from "../../../patterns/time-boundary/boundary-delay.js";
import { dayIndex } from "../../../../simulator/bases/mini-app-base.js";
import { MS_PER_BLOCK, type DailySequence } from "../sequence-model.js";

/** A safe getter and its arguments, as generated (G6); accounts by logical name ("zero" = Zero). */
export type GetterCall =
  | { readonly method: "totalUsers" | "totalCheckins" | "totalRewarded" | "isPaused" }
  | { readonly method: "getCheckInStateForFrontend" | "getUserState"; readonly user: string }
  | { readonly method: "isReceiptUsed"; readonly receiptId: bigint };

/**
 * Safe getters by test invocation on both sides (G6). With `dayOffset` (−1 or 0), a cheap
 * transaction first puts T_last where tinv lands on the next day boundary or just before it, so
 * `currentDay` of getCheckInStateForFrontend switches there (README §5).
 */
export class ReadGetters implements DifferentialCommand<DailySequence> {
  constructor(readonly getters: readonly GetterCall[], readonly dayOffset?: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: DailySequence, r: DifferentialRun): Promise<void> {
    if (this.dayOffset !== undefined) {
      const target = dayStart(dayIndex(m.time + MS_PER_BLOCK) + 1n, this.dayOffset) - MS_PER_BLOCK;
      await r.transaction({ contract: m.app, method: "totalUsers", args: [] }, "u6", delayTo(m.time, target).delay);
      m.time = r.time;
    }
    for (const g of this.getters) await r.read({ contract: m.app, method: g.method, args: args(r, g) });
  }

  toString(): string {
    return `read(${this.getters.map((g) => g.method).join(", ")}${this.dayOffset === undefined ? "" : `, tinv=next day${this.dayOffset === 0n ? "" : this.dayOffset}`})`;
  }
}

function args(r: DifferentialRun, g: GetterCall): AbiArg[] {
  switch (g.method) {
    case "getCheckInStateForFrontend": case "getUserState":
      return [g.user === "zero" ? arg.hash160("00".repeat(20)) : arg.hash160(chainActor(r, g.user).scriptHash)];
    case "isReceiptUsed": return [arg.int(g.receiptId)];
    default: return [];
  }
}
